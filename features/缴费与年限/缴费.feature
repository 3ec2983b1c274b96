# language: zh-CN
功能: 缴费基数、费率与最低缴费年限
  江门2021年7月1日起（江府办〔2021〕14号）缴费基数3505–17565元，单位5.5%加生育0.5%，个人2%；2022年基数3822–19110元。
  文章所说江门2025年基数4417–22086元、佛山2025年基数4830–9660元、佛山男25年女20年，均无来源，规范不收录。
  广东到2030年1月1日统一为男职工30年、女职工25年，并须在待遇享受地实际缴费满10年。
  居民医保人均财政补助：2021年580元、2022年610元、2023年640元、2024年670元（文章称“2023年610元、2025年640元”，有误）。

  @id:contribution-jiangmen @rule:contribution.employee:440700-2021-07 @rule:contribution.employee:440700-2022 @source:sghongmei_jiangmen_2021 @source:17car_jiangmen_2022 @region:440700
  场景大纲: 江门职工医保缴费按基数上下限计算
    假如 日期是 "<日期>"
    而且 业务在 "江门市" 办理
    当 按月工资 <工资> 元计算职工医保缴费
    那么 结果是 "已计算"
    而且 计算结果 "base_fen" 为 <基数> 元
    而且 计算结果 "individual_fen" 为 <个人> 元

    例子:
      | 日期 | 工资 | 基数 | 个人 |
      | 2021-08-01 | 3000.00 | 3505.00 | 70.10 |
      | 2021-08-01 | 10000.00 | 10000.00 | 200.00 |
      | 2021-08-01 | 20000.00 | 17565.00 | 351.30 |
      | 2022-06-01 | 3000.00 | 3822.00 | 76.44 |
      | 2022-06-01 | 20000.00 | 19110.00 | 382.20 |

  @id:contribution-jiangmen-employer @rule:contribution.employee:440700-2021-07 @source:sghongmei_jiangmen_2021 @region:440700
  场景: 江门单位缴费5.5%另加生育保险0.5%
    假如 日期是 "2021-08-01"
    而且 业务在 "江门市" 办理
    当 按月工资 10000.00 元计算职工医保缴费
    那么 结果是 "已计算"
    而且 计算结果 "employer_fen" 为 550.00 元
    而且 计算结果 "maternity_fen" 为 50.00 元

  @id:contribution-jiangmen-version-days @rule:contribution.employee:440700-2021-07 @rule:contribution.employee:440700-2022 @source:sghongmei_jiangmen_2021 @source:17car_jiangmen_2022 @region:440700
  场景大纲: 江门2021年下半年和2022年的基数与费率，各自的第一天和最后一天
    假如 日期是 "<日期>"
    而且 业务在 "江门市" 办理
    当 按月工资 3000.00 元计算职工医保缴费
    那么 结果是 "已计算"
    而且 计算结果 "base_fen" 为 <基数> 元
    而且 计算结果 "employer_fen" 为 <单位> 元
    而且 计算结果 "maternity_fen" 为 <生育> 元

    例子:
      | 日期 | 基数 | 单位 | 生育 |
      | 2021-07-01 | 3505.00 | 192.78 | 17.53 |
      | 2021-12-31 | 3505.00 | 192.78 | 17.53 |
      | 2022-01-01 | 3822.00 | 210.21 | 19.11 |
      | 2022-12-31 | 3822.00 | 210.21 | 19.11 |

  @id:contribution-jiangmen-outside-versions @rule:contribution.employee:440700-2021-07 @rule:contribution.employee:440700-2022 @source:sghongmei_jiangmen_2021 @source:17car_jiangmen_2022 @region:440700
  场景大纲: 江府办〔2021〕14号施行之前、2022年的数字之后，江门的缴费无法确定
    假如 日期是 "<日期>"
    而且 业务在 "江门市" 办理
    当 按月工资 3000.00 元计算职工医保缴费
    那么 结果是 "无法确定"

    例子:
      | 日期 |
      | 2021-06-30 |
      | 2023-01-01 |

  @id:contribution-jiangmen-2025-unknown @rule:contribution.employee @source:002_7566d80554cea844 @region:440700 @claim:002_7566d80554cea844:c08_jiangmen_2025
  场景: 文章所说江门2025年缴费基数没有来源，结果无法确定
    假如 日期是 "2025-04-23"
    而且 业务在 "江门市" 办理
    当 按月工资 10000.00 元计算职工医保缴费
    那么 结果是 "无法确定"

  @id:years-guangdong-2030 @rule:contribution.minimum_years:440000-2030 @source:uianet_guangdong_years @region:440600
  场景大纲: 广东2030年起男职工30年、女职工25年，本地实际缴费满10年
    假如 日期是 "2030-06-01"
    而且 "甲" 在 "佛山市" 参加职工医保
    而且 "甲" 是<性别>性
    当 核对 "甲" 累计缴费 <累计> 年、本地实际缴费 <本地> 年
    那么 结果是 "<结果>"

    例子:
      | 性别 | 累计 | 本地 | 结果 |
      | 男 | 30 | 10 | 受理 |
      | 男 | 29 | 10 | 拒绝 |
      | 女 | 25 | 10 | 受理 |
      | 女 | 25 | 9 | 拒绝 |

  @id:years-guangdong-2030-edges @rule:contribution.minimum_years:440000-2030 @source:uianet_guangdong_years @region:440600
  场景大纲: 广东2030年1月1日起的年限，女职工少于25年不够
    假如 日期是 "<日期>"
    而且 "甲" 在 "佛山市" 参加职工医保
    而且 "甲" 是<性别>性
    当 核对 "甲" 累计缴费 <累计> 年、本地实际缴费 10 年
    那么 结果是 "<结果>"

    例子:
      | 日期 | 性别 | 累计 | 结果 |
      | 2030-01-01 | 男 | 30 | 受理 |
      | 2030-06-01 | 女 | 24 | 拒绝 |

  @id:years-foshan-2025-unknown @rule:contribution.minimum_years:440000-transition @source:uianet_guangdong_years @region:440600 @claim:002_7566d80554cea844:c11_foshan_years
  场景: 过渡期内佛山每年的年限规范不知道，文章的“男25年女20年”没有来源
    假如 日期是 "2025-04-23"
    而且 "甲" 在 "佛山市" 参加职工医保
    而且 "甲" 是男性
    当 核对 "甲" 累计缴费 25 年、本地实际缴费 10 年
    那么 结果是 "无法确定"

  @id:resident-funding @rule:resident.funding:2021 @rule:resident.funding:2022 @rule:resident.funding:2023 @rule:resident.funding:2024 @source:musicalinks_peoples_daily_2022_07_14 @region:420100 @claim:000_6c81c1fb684338e0:c15_subsidy
  场景大纲: 居民医保人均财政补助标准逐年提高30元
    假如 日期是 "<日期>"
    而且 业务在 "武汉市" 办理
    当 查询居民医保筹资标准
    那么 结果是 "已计算"
    而且 计算结果 "fiscal_subsidy_min_yuan" 为 <补助>
    而且 计算结果 "individual_contribution_yuan" 为 <个人>

    例子:
      | 日期 | 补助 | 个人 |
      | 2021-12-01 | 580 | 320 |
      | 2022-12-01 | 610 | 350 |
      | 2023-12-01 | 640 | 380 |
      | 2025-03-01 | 670 | 400 |

  @id:resident-funding-year-boundaries @rule:resident.funding:2021 @rule:resident.funding:2022 @source:yblygrz_2021_resident_funding @source:musicalinks_peoples_daily_2022_07_14 @region:420100
  场景大纲: 2021、2022年度筹资标准各自从读到通知的日期起适用，到下一年度通知的前一天为止
    假如 日期是 "<日期>"
    而且 业务在 "武汉市" 办理
    当 查询居民医保筹资标准
    那么 结果是 "已计算"
    而且 计算结果 "funding_year" 为 <年度>
    而且 计算结果 "fiscal_subsidy_min_yuan" 为 <补助>
    而且 计算结果 "individual_contribution_yuan" 为 <个人>

    例子:
      | 日期 | 年度 | 补助 | 个人 |
      | 2021-06-09 | 2021 | 580 | 320 |
      | 2022-07-13 | 2021 | 580 | 320 |
      | 2022-07-14 | 2022 | 610 | 350 |
      | 2023-08-14 | 2022 | 610 | 350 |

  @id:resident-funding-contribution-year @rule:resident.funding:2023 @rule:resident.funding:2024 @source:taihainet_fujian_2023_08_15 @source:jwbk_2024_resident_funding @region:420100
  场景大纲: 2023、2024年度的通知规定的是下一年度的个人缴费
    假如 日期是 "<日期>"
    而且 业务在 "武汉市" 办理
    当 查询居民医保筹资标准
    那么 结果是 "已计算"
    而且 计算结果 "funding_year" 为 <年度>
    而且 计算结果 "individual_contribution_yuan" 为 <个人>
    而且 计算结果 "individual_contribution_for_year" 为 <缴费年度>

    例子:
      | 日期 | 年度 | 个人 | 缴费年度 |
      | 2023-08-15 | 2023 | 380 | 2024 |
      | 2024-08-25 | 2023 | 380 | 2024 |
      | 2024-08-26 | 2024 | 400 | 2025 |

  @id:resident-funding-before-2021 @rule:resident.funding:2021 @source:yblygrz_2021_resident_funding @region:420100
  场景: 读到2021年度通知之前，筹资标准无法确定
    假如 日期是 "2021-06-08"
    而且 业务在 "武汉市" 办理
    当 查询居民医保筹资标准
    那么 结果是 "无法确定"

  @id:contribution-rounding @rule:contribution.employee:440700-2021-07 @source:sghongmei_jiangmen_2021 @region:440700
  场景: 按基数下限计算，单位缴费不足一分的部分四舍五入（本套件的约定，来源没有规定取整方式）
    假如 日期是 "2021-08-01"
    而且 业务在 "江门市" 办理
    当 按月工资 3000.00 元计算职工医保缴费
    那么 结果是 "已计算"
    而且 计算结果 "employer_fen" 为 192.78 元
    而且 计算结果 "maternity_fen" 为 17.53 元
