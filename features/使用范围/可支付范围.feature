# language: zh-CN
功能: 个人账户可以支付什么
  个人账户支付在定点医疗机构就医、在定点零售药店购买药品、医疗器械、医用耗材发生的个人负担费用，
  包括自费部分；不得用于公共卫生费用、体育健身或养生保健消费等不属于基本医疗保险保障范围的支出。
  文章说“非医保目录内的消费不可支付”，与多地允许支付自费医疗费用的规定不符。

  @id:usage-allowed-medical @rule:usage.categories:2024 @source:wenxiaobai_2021_14 @region:420100
  场景大纲: 在定点医药机构发生的个人负担费用可以用个人账户支付
    假如 日期是 "2025-03-01"
    而且 "甲" 在 "武汉市" 参加职工医保
    而且 "甲" 的个人账户余额 1000.00 元
    当 "甲" 在<机构>支付<类别> 200.00 元
    那么 结果是 "受理"
    而且 "甲" 的个人账户支付 200.00 元

    例子:
      | 机构 | 类别 |
      | 定点医疗机构 | 定点医疗机构就医个人负担费用 |
      | 定点零售药店 | 定点零售药店药品 |
      | 定点零售药店 | 定点零售药店医疗器械 |
      | 定点零售药店 | 定点零售药店医用耗材 |

  @id:usage-prohibited @rule:usage.categories:2024 @source:wenxiaobai_2021_14 @region:420100
  场景大纲: 公共卫生、健身、养生保健和非医疗用品不能用个人账户支付
    假如 日期是 "2025-03-01"
    而且 "甲" 在 "武汉市" 参加职工医保
    而且 "甲" 的个人账户余额 1000.00 元
    当 "甲" 在定点医疗机构支付<类别> 200.00 元
    那么 结果是 "拒绝"
    而且 原因包括 "category_prohibited"
    而且 不动用 "甲" 的账户

    例子:
      | 类别 |
      | 公共卫生费用 |
      | 体育健身 |
      | 养生保健消费 |
      | 非医疗用品 |

  @id:usage-non-designated @rule:usage.categories:2024 @source:wenxiaobai_2021_14 @region:420100
  场景: 在非定点机构的费用不能用个人账户支付
    假如 日期是 "2025-03-01"
    而且 "甲" 在 "武汉市" 参加职工医保
    而且 "甲" 的个人账户余额 1000.00 元
    当 "甲" 在非定点机构支付定点零售药店药品 200.00 元
    那么 结果是 "拒绝"
    而且 原因包括 "category_prohibited"

  @id:usage-nanjing-fitness @rule:usage.categories:2024 @source:wenxiaobai_2021_14 @region:320100 @claim:004_89b2314bdd81a935:c03_nanjing_fitness
  场景: 文章说南京可在定点健身房刷医保卡，规范中健身属于禁止用途
    假如 日期是 "2025-07-07"
    而且 "甲" 在 "南京市" 参加职工医保
    而且 "甲" 的个人账户余额 1000.00 元
    当 "甲" 在定点医疗机构支付体育健身 300.00 元
    那么 结果是 "拒绝"
    而且 原因包括 "category_prohibited"

  @id:usage-hangzhou-physical-exam @rule:usage.categories:330100-2022-12 @source:kidbbs_hangzhou_2022_12 @region:330100 @claim:004_89b2314bdd81a935:c07_hangzhou_exam
  场景: 文章说杭州可用医保卡支付体检，杭州的规定中没有健康体检
    假如 日期是 "2025-07-07"
    而且 "甲" 在 "杭州市" 参加职工医保
    而且 "甲" 的历年资金余额 1000.00 元
    当 "甲" 在定点医疗机构支付健康体检 300.00 元
    那么 结果是 "拒绝"
    而且 原因包括 "category_not_listed"

  @id:usage-hangzhou-vaccine @rule:usage.account_split:330100-2022-12 @rule:usage.categories:330100-2022-12 @source:kidbbs_hangzhou_2022_12 @region:330100
  场景: 杭州的自费疫苗只能由历年资金支付
    假如 日期是 "2025-03-01"
    而且 "甲" 在 "杭州市" 参加职工医保
    而且 "甲" 的当年资金余额 2000.00 元
    而且 "甲" 的历年资金余额 500.00 元
    当 "甲" 在定点医疗机构支付非免疫规划疫苗 800.00 元
    那么 结果是 "受理"
    而且 "甲" 的历年资金支付 500.00 元
    而且 "甲" 的当年资金支付 0 元
    而且 现金支付 300.00 元

  @id:usage-resident-contribution-2024 @rule:usage.categories:2024 @rule:usage.categories:2021 @source:sc_ybj_near_relatives @region:420100
  场景大纲: 2024年起可为近亲属缴纳居民医保，亲属事先不必已参保
    假如 日期是 "<日期>"
    而且 "甲" 在 "武汉市" 参加职工医保
    而且 "甲" 的个人账户余额 1000.00 元
    而且 "乙" 在 "武汉市" 未参保
    而且 "乙" 是 "甲" 的<关系>
    当 "甲" 用个人账户为 "乙" 支付居民医保个人缴费 400.00 元
    那么 结果是 "<结果>"

    例子:
      | 日期 | 关系 | 结果 |
      | 2025-03-01 | 兄弟姐妹 | 受理 |
      | 2025-03-01 | 子女 | 受理 |
      | 2022-03-01 | 子女 | 拒绝 |

  @id:usage-beijing-contributions @rule:usage.categories:110000-2022-12 @source:cnbzol_beijing_2021_08 @source:qianxunwang_beijing_2022_12_01 @region:110000
  场景大纲: 北京可为家人缴纳居民医保、长期护理保险和普惠健康保
    假如 日期是 "2023-06-01"
    而且 "甲" 在 "北京市" 参加职工医保
    而且 "甲" 的个人账户余额 2000.00 元
    而且 "乙" 在 "北京市" 参加居民医保
    而且 "乙" 是 "甲" 的父母
    当 "甲" 用个人账户为 "乙" 支付<类别> 300.00 元
    那么 结果是 "受理"
    而且 "甲" 的个人账户支付 300.00 元

    例子:
      | 类别 |
      | 居民医保个人缴费 |
      | 长期护理保险个人缴费 |
      | 普惠型商业医疗保险保费 |

  @id:usage-ltc-not-national-before-2026 @rule:usage.categories:2024 @source:sc_ybj_near_relatives @region:420100
  场景: 在武汉，2024年规则没有列出为家人缴纳长期护理保险
    假如 日期是 "2025-03-01"
    而且 "甲" 在 "武汉市" 参加职工医保
    而且 "甲" 的个人账户余额 2000.00 元
    而且 "乙" 在 "武汉市" 参加居民医保
    而且 "乙" 是 "甲" 的父母
    当 "甲" 用个人账户为 "乙" 支付长期护理保险个人缴费 300.00 元
    那么 结果是 "拒绝"
    而且 原因包括 "category_not_listed"

  @id:usage-national-2021-first-day @rule:usage.categories:2021 @source:wenxiaobai_2021_14 @region:420100
  场景大纲: 全国的个人账户使用范围从2021年4月22日起适用，此前无法确定
    假如 日期是 "<日期>"
    而且 "甲" 在 "武汉市" 参加职工医保
    而且 "甲" 的个人账户余额 1000.00 元
    而且 "乙" 在 "武汉市" 参加居民医保
    而且 "乙" 是 "甲" 的配偶
    当 "甲" 用个人账户为 "<为谁>" 支付定点医疗机构就医个人负担费用 100.00 元
    那么 结果是 "<结果>"

    例子:
      | 日期 | 为谁 | 结果 |
      | 2021-04-21 | 甲 | 无法确定 |
      | 2021-04-22 | 甲 | 受理 |
      | 2021-04-21 | 乙 | 无法确定 |
      | 2021-04-22 | 乙 | 受理 |

  @id:usage-beijing-contributions-first-day @rule:usage.categories:110000-2022-12 @rule:usage.categories:2021 @source:qianxunwang_beijing_2022_12_01 @source:wenxiaobai_2021_14 @region:110000
  场景大纲: 北京2022年12月1日起可为本人和家人缴纳长期护理保险，前一天不能
    假如 日期是 "<日期>"
    而且 "甲" 在 "北京市" 参加职工医保
    而且 "甲" 的个人账户余额 2000.00 元
    而且 "乙" 在 "北京市" 参加居民医保
    而且 "乙" 是 "甲" 的父母
    当 "甲" 用个人账户为 "<为谁>" 支付长期护理保险个人缴费 300.00 元
    那么 结果是 "<结果>"

    例子:
      | 日期 | 为谁 | 结果 |
      | 2022-11-30 | 乙 | 拒绝 |
      | 2022-12-01 | 乙 | 受理 |
      | 2022-11-30 | 甲 | 拒绝 |
      | 2022-12-01 | 甲 | 受理 |

  @id:usage-qingdao-inclusive-first-day @rule:usage.categories:370200-2023-11 @rule:usage.categories:2021 @source:qingdaonews_2023_11_23 @source:wenxiaobai_2021_14 @region:370200
  场景大纲: 青岛2023年11月23日起可为配偶购买普惠型商业医疗保险，前一天不能
    假如 日期是 "<日期>"
    而且 "甲" 在 "青岛市" 参加职工医保
    而且 "甲" 的个人账户余额 2000.00 元
    而且 "乙" 在 "青岛市" 参加职工医保
    而且 "乙" 是 "甲" 的配偶
    当 "甲" 用个人账户为 "乙" 支付普惠型商业医疗保险保费 150.00 元
    那么 结果是 "<结果>"

    例子:
      | 日期 | 结果 |
      | 2023-11-22 | 拒绝 |
      | 2023-11-23 | 受理 |

  @id:usage-hangzhou-historical-only-days @rule:usage.account_split:330100-2022-12 @rule:usage.categories:330100-2022-12 @rule:usage.categories:2021 @source:kidbbs_hangzhou_2022_12 @source:wenxiaobai_2021_14 @region:330100
  场景大纲: 杭州2022年12月31日起自费疫苗和家庭医生签约服务费可用个人账户支付，只能由历年资金支付；其他费用不受此限
    假如 日期是 "<日期>"
    而且 "甲" 在 "杭州市" 参加职工医保
    而且 "甲" 的当年资金余额 2000.00 元
    而且 "甲" 的历年资金余额 500.00 元
    当 "甲" 在定点医疗机构支付<类别> 800.00 元
    那么 结果是 "<结果>"
    而且 现金支付 <现金> 元

    例子:
      | 日期 | 类别 | 结果 | 现金 |
      | 2022-12-30 | 非免疫规划疫苗 | 拒绝 | 0 |
      | 2022-12-31 | 非免疫规划疫苗 | 受理 | 300.00 |
      | 2022-12-31 | 家庭医生签约服务费 | 受理 | 300.00 |
      | 2022-12-31 | 定点医疗机构就医个人负担费用 | 受理 | 0 |

  @id:usage-qingdao-inclusive @rule:usage.categories:370200-2023-11 @source:qingdaonews_2023_11_23 @region:370200
  场景: 青岛可用个人账户为配偶购买政府指导的普惠型商业医疗保险
    假如 日期是 "2024-03-01"
    而且 "甲" 在 "青岛市" 参加职工医保
    而且 "甲" 的个人账户余额 2000.00 元
    而且 "乙" 在 "青岛市" 参加职工医保
    而且 "乙" 是 "甲" 的配偶
    当 "甲" 用个人账户为 "乙" 支付普惠型商业医疗保险保费 150.00 元
    那么 结果是 "受理"

  @id:usage-shenzhen-commercial @rule:usage.commercial_insurance:440300-2021 @source:bendibao_sz_626681 @region:440300 @unverified
  场景大纲: 深圳专属医疗险：余额超过上年平均工资5%，最多用余额的30%
    假如 日期是 "2024-03-01"
    而且 上年度在岗职工平均工资 100000.00 元
    而且 "甲" 在 "深圳市" 参加职工医保
    而且 "甲" 的个人账户余额 <余额> 元
    当 "甲" 用个人账户为 "甲" 支付商业健康保险保费 <保费> 元
    那么 结果是 "<结果>"

    例子:
      | 余额 | 保费 | 结果 |
      | 10000.00 | 3000.00 | 受理 |
      | 10000.00 | 3000.01 | 拒绝 |
      | 5000.00 | 100.00 | 拒绝 |
      | 6000.00 | 1800.00 | 拒绝 |
      | 6000.00 | 1000.00 | 受理 |

  @id:usage-shenzhen-commercial-annual-cap @rule:usage.commercial_insurance:440300-2021 @source:bendibao_sz_626681 @region:440300 @unverified
  场景大纲: 深圳专属医疗险每年从个人账户支付的保费有上限
    假如 日期是 "2024-03-01"
    而且 上年度在岗职工平均工资 100000.00 元
    而且 "甲" 在 "深圳市" 参加职工医保
    而且 "甲" 的个人账户余额 100000.00 元
    而且 "甲" 本医保年度已用个人账户购买商业保险 11000.00 元
    当 "甲" 用个人账户为 "甲" 支付商业健康保险保费 <保费> 元
    那么 结果是 "<结果>"

    例子:
      | 保费 | 结果 |
      | 1000.00 | 受理 |
      | 1000.01 | 拒绝 |

  @id:usage-shenzhen-critical-self-only @rule:usage.commercial_insurance:440300-2021 @source:bendibao_sz_626681 @region:440300 @unverified
  场景: 深圳重疾险只能为本人购买
    假如 日期是 "2024-03-01"
    而且 月平均工资 10000.00 元
    而且 "甲" 在 "深圳市" 参加职工医保
    而且 "甲" 的参保档次是一档
    而且 "甲" 的个人账户余额 10000.00 元
    而且 "乙" 在 "深圳市" 参加职工医保
    而且 "乙" 是 "甲" 的配偶
    当 "甲" 用个人账户为 "乙" 支付重大疾病保险保费 500.00 元
    那么 结果是 "拒绝"
    而且 原因包括 "commercial_self_only"

  @id:usage-shenzhen-commercial-threshold-exclusive @rule:usage.commercial_insurance:440300-2021 @source:bendibao_sz_626681 @region:440300 @unverified
  场景: 深圳专属医疗险的余额须超过上年平均工资的5%，恰好等于不够
    假如 日期是 "2024-03-01"
    而且 上年度在岗职工平均工资 100000.00 元
    而且 "甲" 在 "深圳市" 参加职工医保
    而且 "甲" 的个人账户余额 5000.00 元
    当 "甲" 用个人账户为 "甲" 支付商业健康保险保费 100.00 元
    那么 结果是 "拒绝"
    而且 原因包括 "commercial_threshold_not_met"

  @id:usage-shenzhen-commercial-family @rule:usage.commercial_insurance:440300-2021 @source:bendibao_sz_626681 @region:440300 @unverified
  场景: 深圳专属医疗险可以为家人购买
    假如 日期是 "2024-03-01"
    而且 上年度在岗职工平均工资 100000.00 元
    而且 "甲" 在 "深圳市" 参加职工医保
    而且 "甲" 的个人账户余额 10000.00 元
    而且 "乙" 在 "深圳市" 参加职工医保
    而且 "乙" 是 "甲" 的配偶
    当 "甲" 用个人账户为 "乙" 支付商业健康保险保费 1000.00 元
    那么 结果是 "受理"

  @id:usage-shenzhen-critical-threshold @rule:usage.commercial_insurance:440300-2021 @source:bendibao_sz_626681 @region:440300 @unverified
  场景大纲: 深圳重疾险：一档参保人余额不低于月平均工资的5%才可购买，恰好等于可以
    假如 日期是 "2024-03-01"
    而且 月平均工资 10000.00 元
    而且 "甲" 在 "深圳市" 参加职工医保
    而且 "甲" 的参保档次是一档
    而且 "甲" 的个人账户余额 <余额> 元
    当 "甲" 用个人账户为 "甲" 支付重大疾病保险保费 100.00 元
    那么 结果是 "<结果>"

    例子:
      | 余额 | 结果 |
      | 500.00 | 受理 |
      | 499.99 | 拒绝 |

  @id:usage-self-paid-drugs @rule:usage.categories:2024 @source:shbk_family_selfpay @region:420100 @claim:002_7566d80554cea844:c04_not_catalogue
  场景: 文章说非医保目录内的消费不可支付；在定点药店自费购买的药品属于个人负担，可以用个人账户支付
    假如 日期是 "2025-04-23"
    而且 "甲" 在 "武汉市" 参加职工医保
    而且 "甲" 的个人账户余额 300.00 元
    当 "甲" 在定点零售药店购药 120.00 元
    那么 结果是 "受理"
    而且 "甲" 的个人账户支付 120.00 元

  @id:usage-matrix-420100-2023 @rule:usage.categories:2021 @source:ddtbk_qinhuangdao_prohibited @source:wenxiaobai_2021_14 @region:420100
  场景大纲: 武汉市2023年：个人账户可为本人、为家人支付的每一类费用
    假如 日期是 "2023-01-01"
    而且 "甲" 在 "武汉市" 参加职工医保
    而且 "甲" 的个人账户余额 1000.00 元
    而且 "乙" 在 "武汉市" 参加居民医保
    而且 "乙" 是 "甲" 的配偶
    当 "甲" 用个人账户为 "<为谁>" 支付<类别> 100.00 元
    那么 结果是 "<结果>"
    而且 原因包括 "<原因>"

    例子:
      | 类别 | 为谁 | 结果 | 原因 |
      | 定点医疗机构就医个人负担费用 | 甲 | 受理 | category_allowed |
      | 定点医疗机构就医个人负担费用 | 乙 | 受理 | category_allowed |
      | 定点零售药店药品 | 甲 | 受理 | category_allowed |
      | 定点零售药店药品 | 乙 | 受理 | category_allowed |
      | 定点零售药店医疗器械 | 甲 | 受理 | category_allowed |
      | 定点零售药店医疗器械 | 乙 | 受理 | category_allowed |
      | 定点零售药店医用耗材 | 甲 | 受理 | category_allowed |
      | 定点零售药店医用耗材 | 乙 | 受理 | category_allowed |
      | 居民医保个人缴费 | 甲 | 拒绝 | category_not_listed |
      | 居民医保个人缴费 | 乙 | 拒绝 | category_not_listed |
      | 长期护理保险个人缴费 | 甲 | 拒绝 | category_not_listed |
      | 长期护理保险个人缴费 | 乙 | 拒绝 | category_not_listed |
      | 普惠型商业医疗保险保费 | 甲 | 拒绝 | category_not_listed |
      | 普惠型商业医疗保险保费 | 乙 | 拒绝 | category_not_listed |
      | 商业健康保险保费 | 甲 | 拒绝 | category_not_listed |
      | 商业健康保险保费 | 乙 | 拒绝 | category_not_listed |
      | 重大疾病保险保费 | 甲 | 拒绝 | category_not_listed |
      | 重大疾病保险保费 | 乙 | 拒绝 | category_not_listed |
      | 非免疫规划疫苗 | 甲 | 拒绝 | category_not_listed |
      | 非免疫规划疫苗 | 乙 | 拒绝 | category_not_listed |
      | 家庭医生签约服务费 | 甲 | 拒绝 | category_not_listed |
      | 家庭医生签约服务费 | 乙 | 拒绝 | category_not_listed |
      | 健康体检 | 甲 | 拒绝 | category_not_listed |
      | 健康体检 | 乙 | 拒绝 | category_not_listed |
      | 体育健身 | 甲 | 拒绝 | category_prohibited |
      | 体育健身 | 乙 | 拒绝 | category_prohibited |
      | 公共卫生费用 | 甲 | 拒绝 | category_prohibited |
      | 公共卫生费用 | 乙 | 拒绝 | category_prohibited |
      | 养生保健消费 | 甲 | 拒绝 | category_prohibited |
      | 养生保健消费 | 乙 | 拒绝 | category_prohibited |
      | 非医疗用品 | 甲 | 拒绝 | category_prohibited |
      | 非医疗用品 | 乙 | 拒绝 | category_prohibited |
      | 非定点机构费用 | 甲 | 拒绝 | category_prohibited |
      | 非定点机构费用 | 乙 | 拒绝 | category_prohibited |

  @id:usage-matrix-420100-2025 @rule:usage.categories:2024 @source:gahuan_cctv_2024_08_03 @source:sc_ybj_near_relatives @region:420100
  场景大纲: 武汉市2025年：个人账户可为本人、为家人支付的每一类费用
    假如 日期是 "2025-01-01"
    而且 "甲" 在 "武汉市" 参加职工医保
    而且 "甲" 的个人账户余额 1000.00 元
    而且 "乙" 在 "武汉市" 参加居民医保
    而且 "乙" 是 "甲" 的配偶
    当 "甲" 用个人账户为 "<为谁>" 支付<类别> 100.00 元
    那么 结果是 "<结果>"
    而且 原因包括 "<原因>"

    例子:
      | 类别 | 为谁 | 结果 | 原因 |
      | 定点医疗机构就医个人负担费用 | 甲 | 受理 | category_allowed |
      | 定点医疗机构就医个人负担费用 | 乙 | 受理 | category_allowed |
      | 定点零售药店药品 | 甲 | 受理 | category_allowed |
      | 定点零售药店药品 | 乙 | 受理 | category_allowed |
      | 定点零售药店医疗器械 | 甲 | 受理 | category_allowed |
      | 定点零售药店医疗器械 | 乙 | 受理 | category_allowed |
      | 定点零售药店医用耗材 | 甲 | 受理 | category_allowed |
      | 定点零售药店医用耗材 | 乙 | 受理 | category_allowed |
      | 居民医保个人缴费 | 甲 | 拒绝 | category_not_listed |
      | 居民医保个人缴费 | 乙 | 受理 | category_allowed |
      | 长期护理保险个人缴费 | 甲 | 拒绝 | category_not_listed |
      | 长期护理保险个人缴费 | 乙 | 拒绝 | category_not_listed |
      | 普惠型商业医疗保险保费 | 甲 | 拒绝 | category_not_listed |
      | 普惠型商业医疗保险保费 | 乙 | 拒绝 | category_not_listed |
      | 商业健康保险保费 | 甲 | 拒绝 | category_not_listed |
      | 商业健康保险保费 | 乙 | 拒绝 | category_not_listed |
      | 重大疾病保险保费 | 甲 | 拒绝 | category_not_listed |
      | 重大疾病保险保费 | 乙 | 拒绝 | category_not_listed |
      | 非免疫规划疫苗 | 甲 | 拒绝 | category_not_listed |
      | 非免疫规划疫苗 | 乙 | 拒绝 | category_not_listed |
      | 家庭医生签约服务费 | 甲 | 拒绝 | category_not_listed |
      | 家庭医生签约服务费 | 乙 | 拒绝 | category_not_listed |
      | 健康体检 | 甲 | 拒绝 | category_not_listed |
      | 健康体检 | 乙 | 拒绝 | category_not_listed |
      | 体育健身 | 甲 | 拒绝 | category_prohibited |
      | 体育健身 | 乙 | 拒绝 | category_prohibited |
      | 公共卫生费用 | 甲 | 拒绝 | category_prohibited |
      | 公共卫生费用 | 乙 | 拒绝 | category_prohibited |
      | 养生保健消费 | 甲 | 拒绝 | category_prohibited |
      | 养生保健消费 | 乙 | 拒绝 | category_prohibited |
      | 非医疗用品 | 甲 | 拒绝 | category_prohibited |
      | 非医疗用品 | 乙 | 拒绝 | category_prohibited |
      | 非定点机构费用 | 甲 | 拒绝 | category_prohibited |
      | 非定点机构费用 | 乙 | 拒绝 | category_prohibited |

  @id:usage-matrix-110000-2023 @rule:usage.categories:110000-2022-12 @rule:usage.categories:2021 @source:cnbzol_beijing_2021_08 @source:ddtbk_qinhuangdao_prohibited @source:qianxunwang_beijing_2022_12_01 @source:wenxiaobai_2021_14 @region:110000
  场景大纲: 北京市2023年：个人账户可为本人、为家人支付的每一类费用
    假如 日期是 "2023-01-01"
    而且 "甲" 在 "北京市" 参加职工医保
    而且 "甲" 的个人账户余额 1000.00 元
    而且 "乙" 在 "北京市" 参加居民医保
    而且 "乙" 是 "甲" 的配偶
    当 "甲" 用个人账户为 "<为谁>" 支付<类别> 100.00 元
    那么 结果是 "<结果>"
    而且 原因包括 "<原因>"

    例子:
      | 类别 | 为谁 | 结果 | 原因 |
      | 定点医疗机构就医个人负担费用 | 甲 | 受理 | category_allowed |
      | 定点医疗机构就医个人负担费用 | 乙 | 受理 | category_allowed |
      | 定点零售药店药品 | 甲 | 受理 | category_allowed |
      | 定点零售药店药品 | 乙 | 受理 | category_allowed |
      | 定点零售药店医疗器械 | 甲 | 受理 | category_allowed |
      | 定点零售药店医疗器械 | 乙 | 受理 | category_allowed |
      | 定点零售药店医用耗材 | 甲 | 受理 | category_allowed |
      | 定点零售药店医用耗材 | 乙 | 受理 | category_allowed |
      | 居民医保个人缴费 | 甲 | 受理 | category_allowed |
      | 居民医保个人缴费 | 乙 | 受理 | category_allowed |
      | 长期护理保险个人缴费 | 甲 | 受理 | category_allowed |
      | 长期护理保险个人缴费 | 乙 | 受理 | category_allowed |
      | 普惠型商业医疗保险保费 | 甲 | 受理 | category_allowed |
      | 普惠型商业医疗保险保费 | 乙 | 受理 | category_allowed |
      | 商业健康保险保费 | 甲 | 拒绝 | category_not_listed |
      | 商业健康保险保费 | 乙 | 拒绝 | category_not_listed |
      | 重大疾病保险保费 | 甲 | 拒绝 | category_not_listed |
      | 重大疾病保险保费 | 乙 | 拒绝 | category_not_listed |
      | 非免疫规划疫苗 | 甲 | 拒绝 | category_not_listed |
      | 非免疫规划疫苗 | 乙 | 拒绝 | category_not_listed |
      | 家庭医生签约服务费 | 甲 | 拒绝 | category_not_listed |
      | 家庭医生签约服务费 | 乙 | 拒绝 | category_not_listed |
      | 健康体检 | 甲 | 拒绝 | category_not_listed |
      | 健康体检 | 乙 | 拒绝 | category_not_listed |
      | 体育健身 | 甲 | 拒绝 | category_prohibited |
      | 体育健身 | 乙 | 拒绝 | category_prohibited |
      | 公共卫生费用 | 甲 | 拒绝 | category_prohibited |
      | 公共卫生费用 | 乙 | 拒绝 | category_prohibited |
      | 养生保健消费 | 甲 | 拒绝 | category_prohibited |
      | 养生保健消费 | 乙 | 拒绝 | category_prohibited |
      | 非医疗用品 | 甲 | 拒绝 | category_prohibited |
      | 非医疗用品 | 乙 | 拒绝 | category_prohibited |
      | 非定点机构费用 | 甲 | 拒绝 | category_prohibited |
      | 非定点机构费用 | 乙 | 拒绝 | category_prohibited |

  @id:usage-matrix-370200-2024 @rule:usage.categories:2021 @rule:usage.categories:370200-2023-11 @source:ddtbk_qinhuangdao_prohibited @source:qingdaonews_2023_11_23 @source:wenxiaobai_2021_14 @region:370200
  场景大纲: 青岛市2024年：个人账户可为本人、为家人支付的每一类费用
    假如 日期是 "2024-01-01"
    而且 "甲" 在 "青岛市" 参加职工医保
    而且 "甲" 的个人账户余额 1000.00 元
    而且 "乙" 在 "青岛市" 参加居民医保
    而且 "乙" 是 "甲" 的配偶
    当 "甲" 用个人账户为 "<为谁>" 支付<类别> 100.00 元
    那么 结果是 "<结果>"
    而且 原因包括 "<原因>"

    例子:
      | 类别 | 为谁 | 结果 | 原因 |
      | 定点医疗机构就医个人负担费用 | 甲 | 受理 | category_allowed |
      | 定点医疗机构就医个人负担费用 | 乙 | 受理 | category_allowed |
      | 定点零售药店药品 | 甲 | 受理 | category_allowed |
      | 定点零售药店药品 | 乙 | 受理 | category_allowed |
      | 定点零售药店医疗器械 | 甲 | 受理 | category_allowed |
      | 定点零售药店医疗器械 | 乙 | 受理 | category_allowed |
      | 定点零售药店医用耗材 | 甲 | 受理 | category_allowed |
      | 定点零售药店医用耗材 | 乙 | 受理 | category_allowed |
      | 居民医保个人缴费 | 甲 | 受理 | category_allowed |
      | 居民医保个人缴费 | 乙 | 受理 | category_allowed |
      | 长期护理保险个人缴费 | 甲 | 受理 | category_allowed |
      | 长期护理保险个人缴费 | 乙 | 受理 | category_allowed |
      | 普惠型商业医疗保险保费 | 甲 | 受理 | category_allowed |
      | 普惠型商业医疗保险保费 | 乙 | 受理 | category_allowed |
      | 商业健康保险保费 | 甲 | 拒绝 | category_not_listed |
      | 商业健康保险保费 | 乙 | 拒绝 | category_not_listed |
      | 重大疾病保险保费 | 甲 | 拒绝 | category_not_listed |
      | 重大疾病保险保费 | 乙 | 拒绝 | category_not_listed |
      | 非免疫规划疫苗 | 甲 | 拒绝 | category_not_listed |
      | 非免疫规划疫苗 | 乙 | 拒绝 | category_not_listed |
      | 家庭医生签约服务费 | 甲 | 拒绝 | category_not_listed |
      | 家庭医生签约服务费 | 乙 | 拒绝 | category_not_listed |
      | 健康体检 | 甲 | 拒绝 | category_not_listed |
      | 健康体检 | 乙 | 拒绝 | category_not_listed |
      | 体育健身 | 甲 | 拒绝 | category_prohibited |
      | 体育健身 | 乙 | 拒绝 | category_prohibited |
      | 公共卫生费用 | 甲 | 拒绝 | category_prohibited |
      | 公共卫生费用 | 乙 | 拒绝 | category_prohibited |
      | 养生保健消费 | 甲 | 拒绝 | category_prohibited |
      | 养生保健消费 | 乙 | 拒绝 | category_prohibited |
      | 非医疗用品 | 甲 | 拒绝 | category_prohibited |
      | 非医疗用品 | 乙 | 拒绝 | category_prohibited |
      | 非定点机构费用 | 甲 | 拒绝 | category_prohibited |
      | 非定点机构费用 | 乙 | 拒绝 | category_prohibited |

  @id:usage-matrix-330100-2023 @rule:usage.categories:2021 @rule:usage.categories:330100-2022-12 @source:ddtbk_qinhuangdao_prohibited @source:kidbbs_hangzhou_2022_12 @source:wenxiaobai_2021_14 @region:330100
  场景大纲: 杭州市2023年：个人账户可为本人、为家人支付的每一类费用
    假如 日期是 "2023-06-01"
    而且 "甲" 在 "杭州市" 参加职工医保
    而且 "甲" 的个人账户余额 1000.00 元
    而且 "乙" 在 "杭州市" 参加居民医保
    而且 "乙" 是 "甲" 的配偶
    当 "甲" 用个人账户为 "<为谁>" 支付<类别> 100.00 元
    那么 结果是 "<结果>"
    而且 原因包括 "<原因>"

    例子:
      | 类别 | 为谁 | 结果 | 原因 |
      | 定点医疗机构就医个人负担费用 | 甲 | 受理 | category_allowed |
      | 定点医疗机构就医个人负担费用 | 乙 | 受理 | category_allowed |
      | 定点零售药店药品 | 甲 | 受理 | category_allowed |
      | 定点零售药店药品 | 乙 | 受理 | category_allowed |
      | 定点零售药店医疗器械 | 甲 | 受理 | category_allowed |
      | 定点零售药店医疗器械 | 乙 | 受理 | category_allowed |
      | 定点零售药店医用耗材 | 甲 | 受理 | category_allowed |
      | 定点零售药店医用耗材 | 乙 | 受理 | category_allowed |
      | 居民医保个人缴费 | 甲 | 拒绝 | category_not_listed |
      | 居民医保个人缴费 | 乙 | 拒绝 | category_not_listed |
      | 长期护理保险个人缴费 | 甲 | 拒绝 | category_not_listed |
      | 长期护理保险个人缴费 | 乙 | 拒绝 | category_not_listed |
      | 普惠型商业医疗保险保费 | 甲 | 拒绝 | category_not_listed |
      | 普惠型商业医疗保险保费 | 乙 | 拒绝 | category_not_listed |
      | 商业健康保险保费 | 甲 | 拒绝 | category_not_listed |
      | 商业健康保险保费 | 乙 | 拒绝 | category_not_listed |
      | 重大疾病保险保费 | 甲 | 拒绝 | category_not_listed |
      | 重大疾病保险保费 | 乙 | 拒绝 | category_not_listed |
      | 非免疫规划疫苗 | 甲 | 受理 | category_allowed |
      | 非免疫规划疫苗 | 乙 | 拒绝 | category_not_for_family |
      | 家庭医生签约服务费 | 甲 | 受理 | category_allowed |
      | 家庭医生签约服务费 | 乙 | 拒绝 | category_not_for_family |
      | 健康体检 | 甲 | 拒绝 | category_not_listed |
      | 健康体检 | 乙 | 拒绝 | category_not_listed |
      | 体育健身 | 甲 | 拒绝 | category_prohibited |
      | 体育健身 | 乙 | 拒绝 | category_prohibited |
      | 公共卫生费用 | 甲 | 拒绝 | category_prohibited |
      | 公共卫生费用 | 乙 | 拒绝 | category_prohibited |
      | 养生保健消费 | 甲 | 拒绝 | category_prohibited |
      | 养生保健消费 | 乙 | 拒绝 | category_prohibited |
      | 非医疗用品 | 甲 | 拒绝 | category_prohibited |
      | 非医疗用品 | 乙 | 拒绝 | category_prohibited |
      | 非定点机构费用 | 甲 | 拒绝 | category_prohibited |
      | 非定点机构费用 | 乙 | 拒绝 | category_prohibited |

  @id:usage-family-each-category
  场景大纲: 各地扩围当天起，个人账户可为配偶支付规则列出的每一类费用，未列出的一类不能支付
    假如 日期是 "<日期>"
    而且 "甲" 在 "<地区>" 参加职工医保
    而且 "甲" 的个人账户余额 1000.00 元
    而且 "乙" 在 "<地区>" 参加居民医保
    而且 "乙" 是 "甲" 的配偶
    当 "甲" 用个人账户为 "乙" 支付<类别> 100.00 元
    那么 结果是 "<结果>"

    @rule:usage.categories:120000-near-relatives @source:chinanews_2024_10_29_nhsa @source:sc_ybj_near_relatives @region:120000
    例子: 天津市（120000-near-relatives）
      | 地区 | 日期 | 类别 | 结果 |
      | 天津市 | 2024-10-20 | 定点医疗机构就医个人负担费用 | 受理 |
      | 天津市 | 2024-10-20 | 定点零售药店药品 | 受理 |
      | 天津市 | 2024-10-20 | 定点零售药店医疗器械 | 受理 |
      | 天津市 | 2024-10-20 | 定点零售药店医用耗材 | 受理 |
      | 天津市 | 2024-10-20 | 居民医保个人缴费 | 受理 |
      | 天津市 | 2024-10-20 | 长期护理保险个人缴费 | 拒绝 |

    @rule:usage.categories:130000-near-relatives @source:youth_2024_08_27_nhsa @source:sc_ybj_near_relatives @region:130000
    例子: 河北省（130000-near-relatives）
      | 地区 | 日期 | 类别 | 结果 |
      | 河北省 | 2024-08-15 | 定点医疗机构就医个人负担费用 | 受理 |
      | 河北省 | 2024-08-15 | 定点零售药店药品 | 受理 |
      | 河北省 | 2024-08-15 | 定点零售药店医疗器械 | 受理 |
      | 河北省 | 2024-08-15 | 定点零售药店医用耗材 | 受理 |
      | 河北省 | 2024-08-15 | 居民医保个人缴费 | 受理 |
      | 河北省 | 2024-08-15 | 长期护理保险个人缴费 | 拒绝 |

    @rule:usage.categories:140000-2024-09 @source:xinhua_shanxi_2024_08_31 @region:140000
    例子: 山西省（140000-2024-09）
      | 地区 | 日期 | 类别 | 结果 |
      | 山西省 | 2024-09-01 | 定点医疗机构就医个人负担费用 | 受理 |
      | 山西省 | 2024-09-01 | 定点零售药店药品 | 受理 |
      | 山西省 | 2024-09-01 | 定点零售药店医疗器械 | 受理 |
      | 山西省 | 2024-09-01 | 定点零售药店医用耗材 | 受理 |
      | 山西省 | 2024-09-01 | 居民医保个人缴费 | 受理 |
      | 山西省 | 2024-09-01 | 长期护理保险个人缴费 | 受理 |
      | 山西省 | 2024-09-01 | 普惠型商业医疗保险保费 | 拒绝 |

    @rule:usage.categories:2024 @source:sc_ybj_near_relatives @source:gahuan_cctv_2024_08_03 @region:340000
    例子: 安徽省（2024）
      | 地区 | 日期 | 类别 | 结果 |
      | 安徽省 | 2024-12-09 | 定点医疗机构就医个人负担费用 | 受理 |
      | 安徽省 | 2024-12-09 | 定点零售药店药品 | 受理 |
      | 安徽省 | 2024-12-09 | 定点零售药店医疗器械 | 受理 |
      | 安徽省 | 2024-12-09 | 定点零售药店医用耗材 | 受理 |
      | 安徽省 | 2024-12-09 | 居民医保个人缴费 | 受理 |
      | 安徽省 | 2024-12-09 | 长期护理保险个人缴费 | 拒绝 |

    @rule:usage.categories:210000-near-relatives @source:gmw_2024_11_27_nhsa @source:sc_ybj_near_relatives @region:210000
    例子: 辽宁省（210000-near-relatives）
      | 地区 | 日期 | 类别 | 结果 |
      | 辽宁省 | 2024-11-26 | 定点医疗机构就医个人负担费用 | 受理 |
      | 辽宁省 | 2024-11-26 | 定点零售药店药品 | 受理 |
      | 辽宁省 | 2024-11-26 | 定点零售药店医疗器械 | 受理 |
      | 辽宁省 | 2024-11-26 | 定点零售药店医用耗材 | 受理 |
      | 辽宁省 | 2024-11-26 | 居民医保个人缴费 | 受理 |
      | 辽宁省 | 2024-11-26 | 长期护理保险个人缴费 | 拒绝 |

    @rule:usage.categories:220000-near-relatives @source:chinanews_2024_10_29_nhsa @source:sc_ybj_near_relatives @region:220000
    例子: 吉林省（220000-near-relatives）
      | 地区 | 日期 | 类别 | 结果 |
      | 吉林省 | 2024-10-20 | 定点医疗机构就医个人负担费用 | 受理 |
      | 吉林省 | 2024-10-20 | 定点零售药店药品 | 受理 |
      | 吉林省 | 2024-10-20 | 定点零售药店医疗器械 | 受理 |
      | 吉林省 | 2024-10-20 | 定点零售药店医用耗材 | 受理 |
      | 吉林省 | 2024-10-20 | 居民医保个人缴费 | 受理 |
      | 吉林省 | 2024-10-20 | 长期护理保险个人缴费 | 拒绝 |

    @rule:usage.categories:230000-near-relatives @source:chinanews_2024_10_29_nhsa @source:sc_ybj_near_relatives @region:230000
    例子: 黑龙江省（230000-near-relatives）
      | 地区 | 日期 | 类别 | 结果 |
      | 黑龙江省 | 2024-10-20 | 定点医疗机构就医个人负担费用 | 受理 |
      | 黑龙江省 | 2024-10-20 | 定点零售药店药品 | 受理 |
      | 黑龙江省 | 2024-10-20 | 定点零售药店医疗器械 | 受理 |
      | 黑龙江省 | 2024-10-20 | 定点零售药店医用耗材 | 受理 |
      | 黑龙江省 | 2024-10-20 | 居民医保个人缴费 | 受理 |
      | 黑龙江省 | 2024-10-20 | 长期护理保险个人缴费 | 拒绝 |

    @rule:usage.categories:320000-near-relatives @source:wjyanghu_jiangsu_2024_10_14 @source:sc_ybj_near_relatives @region:320000
    例子: 江苏省（320000-near-relatives）
      | 地区 | 日期 | 类别 | 结果 |
      | 江苏省 | 2024-10-14 | 定点医疗机构就医个人负担费用 | 受理 |
      | 江苏省 | 2024-10-14 | 定点零售药店药品 | 受理 |
      | 江苏省 | 2024-10-14 | 定点零售药店医疗器械 | 受理 |
      | 江苏省 | 2024-10-14 | 定点零售药店医用耗材 | 受理 |
      | 江苏省 | 2024-10-14 | 居民医保个人缴费 | 受理 |
      | 江苏省 | 2024-10-14 | 长期护理保险个人缴费 | 拒绝 |

    @rule:usage.categories:330000-near-relatives @source:gmw_2024_11_27_nhsa @source:sc_ybj_near_relatives @region:330000
    例子: 浙江省（330000-near-relatives）
      | 地区 | 日期 | 类别 | 结果 |
      | 浙江省 | 2024-11-26 | 定点医疗机构就医个人负担费用 | 受理 |
      | 浙江省 | 2024-11-26 | 定点零售药店药品 | 受理 |
      | 浙江省 | 2024-11-26 | 定点零售药店医疗器械 | 受理 |
      | 浙江省 | 2024-11-26 | 定点零售药店医用耗材 | 受理 |
      | 浙江省 | 2024-11-26 | 居民医保个人缴费 | 受理 |
      | 浙江省 | 2024-11-26 | 长期护理保险个人缴费 | 拒绝 |

    @rule:usage.categories:350000-2024-12 @source:fqlook_fujian_2024_12_05 @source:sc_ybj_near_relatives @region:350000
    例子: 福建省（350000-2024-12）
      | 地区 | 日期 | 类别 | 结果 |
      | 福建省 | 2024-12-05 | 定点医疗机构就医个人负担费用 | 受理 |
      | 福建省 | 2024-12-05 | 定点零售药店药品 | 受理 |
      | 福建省 | 2024-12-05 | 定点零售药店医疗器械 | 受理 |
      | 福建省 | 2024-12-05 | 定点零售药店医用耗材 | 受理 |
      | 福建省 | 2024-12-05 | 居民医保个人缴费 | 受理 |
      | 福建省 | 2024-12-05 | 长期护理保险个人缴费 | 拒绝 |

    @rule:usage.categories:360000-near-relatives @source:chinanews_2024_10_29_nhsa @source:sc_ybj_near_relatives @region:360000
    例子: 江西省（360000-near-relatives）
      | 地区 | 日期 | 类别 | 结果 |
      | 江西省 | 2024-10-20 | 定点医疗机构就医个人负担费用 | 受理 |
      | 江西省 | 2024-10-20 | 定点零售药店药品 | 受理 |
      | 江西省 | 2024-10-20 | 定点零售药店医疗器械 | 受理 |
      | 江西省 | 2024-10-20 | 定点零售药店医用耗材 | 受理 |
      | 江西省 | 2024-10-20 | 居民医保个人缴费 | 受理 |
      | 江西省 | 2024-10-20 | 长期护理保险个人缴费 | 拒绝 |

    @rule:usage.categories:370000-2024-08 @source:wxrb_2024_08_30_shandong @region:370000
    例子: 山东省（370000-2024-08）
      | 地区 | 日期 | 类别 | 结果 |
      | 山东省 | 2024-08-30 | 定点医疗机构就医个人负担费用 | 受理 |
      | 山东省 | 2024-08-30 | 定点零售药店药品 | 受理 |
      | 山东省 | 2024-08-30 | 定点零售药店医疗器械 | 受理 |
      | 山东省 | 2024-08-30 | 定点零售药店医用耗材 | 受理 |
      | 山东省 | 2024-08-30 | 居民医保个人缴费 | 受理 |
      | 山东省 | 2024-08-30 | 长期护理保险个人缴费 | 拒绝 |

    @rule:usage.categories:410000-near-relatives @source:chinanews_2024_10_29_nhsa @source:sc_ybj_near_relatives @region:410000
    例子: 河南省（410000-near-relatives）
      | 地区 | 日期 | 类别 | 结果 |
      | 河南省 | 2024-10-20 | 定点医疗机构就医个人负担费用 | 受理 |
      | 河南省 | 2024-10-20 | 定点零售药店药品 | 受理 |
      | 河南省 | 2024-10-20 | 定点零售药店医疗器械 | 受理 |
      | 河南省 | 2024-10-20 | 定点零售药店医用耗材 | 受理 |
      | 河南省 | 2024-10-20 | 居民医保个人缴费 | 受理 |
      | 河南省 | 2024-10-20 | 长期护理保险个人缴费 | 拒绝 |

    @rule:usage.categories:430000-near-relatives @source:youth_2024_08_27_nhsa @source:sc_ybj_near_relatives @region:430000
    例子: 湖南省（430000-near-relatives）
      | 地区 | 日期 | 类别 | 结果 |
      | 湖南省 | 2024-08-15 | 定点医疗机构就医个人负担费用 | 受理 |
      | 湖南省 | 2024-08-15 | 定点零售药店药品 | 受理 |
      | 湖南省 | 2024-08-15 | 定点零售药店医疗器械 | 受理 |
      | 湖南省 | 2024-08-15 | 定点零售药店医用耗材 | 受理 |
      | 湖南省 | 2024-08-15 | 居民医保个人缴费 | 受理 |
      | 湖南省 | 2024-08-15 | 长期护理保险个人缴费 | 拒绝 |

    @rule:usage.categories:440300-2024-11 @source:wenxiaobai_shenzhen_2024_11 @source:sc_ybj_near_relatives @region:440300
    例子: 深圳市（440300-2024-11）
      | 地区 | 日期 | 类别 | 结果 |
      | 深圳市 | 2024-11-01 | 定点医疗机构就医个人负担费用 | 受理 |
      | 深圳市 | 2024-11-01 | 定点零售药店药品 | 受理 |
      | 深圳市 | 2024-11-01 | 定点零售药店医疗器械 | 受理 |
      | 深圳市 | 2024-11-01 | 定点零售药店医用耗材 | 受理 |
      | 深圳市 | 2024-11-01 | 居民医保个人缴费 | 受理 |
      | 深圳市 | 2024-11-01 | 长期护理保险个人缴费 | 拒绝 |

    @rule:usage.categories:450000-near-relatives @source:chinanews_2024_10_29_nhsa @source:sc_ybj_near_relatives @region:450000
    例子: 广西壮族自治区（450000-near-relatives）
      | 地区 | 日期 | 类别 | 结果 |
      | 广西壮族自治区 | 2024-10-20 | 定点医疗机构就医个人负担费用 | 受理 |
      | 广西壮族自治区 | 2024-10-20 | 定点零售药店药品 | 受理 |
      | 广西壮族自治区 | 2024-10-20 | 定点零售药店医疗器械 | 受理 |
      | 广西壮族自治区 | 2024-10-20 | 定点零售药店医用耗材 | 受理 |
      | 广西壮族自治区 | 2024-10-20 | 居民医保个人缴费 | 受理 |
      | 广西壮族自治区 | 2024-10-20 | 长期护理保险个人缴费 | 拒绝 |

    @rule:usage.categories:460000-2024-10 @source:sanyarb_hainan_2024_10_02 @region:460000
    例子: 海南省（460000-2024-10）
      | 地区 | 日期 | 类别 | 结果 |
      | 海南省 | 2024-10-01 | 定点医疗机构就医个人负担费用 | 受理 |
      | 海南省 | 2024-10-01 | 定点零售药店药品 | 受理 |
      | 海南省 | 2024-10-01 | 定点零售药店医疗器械 | 受理 |
      | 海南省 | 2024-10-01 | 定点零售药店医用耗材 | 受理 |
      | 海南省 | 2024-10-01 | 居民医保个人缴费 | 受理 |
      | 海南省 | 2024-10-01 | 家庭医生签约服务费 | 受理 |
      | 海南省 | 2024-10-01 | 长期护理保险个人缴费 | 受理 |
      | 海南省 | 2024-10-01 | 普惠型商业医疗保险保费 | 受理 |
      | 海南省 | 2024-10-01 | 商业健康保险保费 | 拒绝 |

    @rule:usage.categories:500000-2022-01 @source:kidbbs_chongqing_2022_01_28 @region:500000
    例子: 重庆市（500000-2022-01）
      | 地区 | 日期 | 类别 | 结果 |
      | 重庆市 | 2022-01-28 | 定点医疗机构就医个人负担费用 | 受理 |
      | 重庆市 | 2022-01-28 | 定点零售药店药品 | 受理 |
      | 重庆市 | 2022-01-28 | 定点零售药店医疗器械 | 受理 |
      | 重庆市 | 2022-01-28 | 定点零售药店医用耗材 | 受理 |
      | 重庆市 | 2022-01-28 | 居民医保个人缴费 | 受理 |
      | 重庆市 | 2022-01-28 | 长期护理保险个人缴费 | 拒绝 |

    @rule:usage.categories:510000-near-relatives @source:gmw_2024_11_27_nhsa @source:sc_ybj_near_relatives @region:510000
    例子: 四川省（510000-near-relatives）
      | 地区 | 日期 | 类别 | 结果 |
      | 四川省 | 2024-11-26 | 定点医疗机构就医个人负担费用 | 受理 |
      | 四川省 | 2024-11-26 | 定点零售药店药品 | 受理 |
      | 四川省 | 2024-11-26 | 定点零售药店医疗器械 | 受理 |
      | 四川省 | 2024-11-26 | 定点零售药店医用耗材 | 受理 |
      | 四川省 | 2024-11-26 | 居民医保个人缴费 | 受理 |
      | 四川省 | 2024-11-26 | 长期护理保险个人缴费 | 拒绝 |

    @rule:usage.categories:520000-near-relatives @source:chinanews_2024_10_29_nhsa @source:sc_ybj_near_relatives @region:520000
    例子: 贵州省（520000-near-relatives）
      | 地区 | 日期 | 类别 | 结果 |
      | 贵州省 | 2024-10-20 | 定点医疗机构就医个人负担费用 | 受理 |
      | 贵州省 | 2024-10-20 | 定点零售药店药品 | 受理 |
      | 贵州省 | 2024-10-20 | 定点零售药店医疗器械 | 受理 |
      | 贵州省 | 2024-10-20 | 定点零售药店医用耗材 | 受理 |
      | 贵州省 | 2024-10-20 | 居民医保个人缴费 | 受理 |
      | 贵州省 | 2024-10-20 | 长期护理保险个人缴费 | 拒绝 |

    @rule:usage.categories:530000-near-relatives @source:chinanews_2024_10_29_nhsa @source:sc_ybj_near_relatives @region:530000
    例子: 云南省（530000-near-relatives）
      | 地区 | 日期 | 类别 | 结果 |
      | 云南省 | 2024-10-20 | 定点医疗机构就医个人负担费用 | 受理 |
      | 云南省 | 2024-10-20 | 定点零售药店药品 | 受理 |
      | 云南省 | 2024-10-20 | 定点零售药店医疗器械 | 受理 |
      | 云南省 | 2024-10-20 | 定点零售药店医用耗材 | 受理 |
      | 云南省 | 2024-10-20 | 居民医保个人缴费 | 受理 |
      | 云南省 | 2024-10-20 | 长期护理保险个人缴费 | 拒绝 |

    @rule:usage.categories:540000-near-relatives @source:youth_2024_08_27_nhsa @source:sc_ybj_near_relatives @region:540000
    例子: 西藏自治区（540000-near-relatives）
      | 地区 | 日期 | 类别 | 结果 |
      | 西藏自治区 | 2024-08-15 | 定点医疗机构就医个人负担费用 | 受理 |
      | 西藏自治区 | 2024-08-15 | 定点零售药店药品 | 受理 |
      | 西藏自治区 | 2024-08-15 | 定点零售药店医疗器械 | 受理 |
      | 西藏自治区 | 2024-08-15 | 定点零售药店医用耗材 | 受理 |
      | 西藏自治区 | 2024-08-15 | 居民医保个人缴费 | 受理 |
      | 西藏自治区 | 2024-08-15 | 长期护理保险个人缴费 | 拒绝 |

    @rule:usage.categories:610000-near-relatives @source:chinanews_2024_10_29_nhsa @source:sc_ybj_near_relatives @region:610000
    例子: 陕西省（610000-near-relatives）
      | 地区 | 日期 | 类别 | 结果 |
      | 陕西省 | 2024-10-20 | 定点医疗机构就医个人负担费用 | 受理 |
      | 陕西省 | 2024-10-20 | 定点零售药店药品 | 受理 |
      | 陕西省 | 2024-10-20 | 定点零售药店医疗器械 | 受理 |
      | 陕西省 | 2024-10-20 | 定点零售药店医用耗材 | 受理 |
      | 陕西省 | 2024-10-20 | 居民医保个人缴费 | 受理 |
      | 陕西省 | 2024-10-20 | 长期护理保险个人缴费 | 拒绝 |

    @rule:usage.categories:620000-near-relatives @source:chinanews_2024_10_29_nhsa @source:sc_ybj_near_relatives @region:620000
    例子: 甘肃省（620000-near-relatives）
      | 地区 | 日期 | 类别 | 结果 |
      | 甘肃省 | 2024-10-20 | 定点医疗机构就医个人负担费用 | 受理 |
      | 甘肃省 | 2024-10-20 | 定点零售药店药品 | 受理 |
      | 甘肃省 | 2024-10-20 | 定点零售药店医疗器械 | 受理 |
      | 甘肃省 | 2024-10-20 | 定点零售药店医用耗材 | 受理 |
      | 甘肃省 | 2024-10-20 | 居民医保个人缴费 | 受理 |
      | 甘肃省 | 2024-10-20 | 长期护理保险个人缴费 | 拒绝 |

    @rule:usage.categories:640000-2024-10 @source:wxredian_ningxia_2024_10_29 @region:640000
    例子: 宁夏回族自治区（640000-2024-10）
      | 地区 | 日期 | 类别 | 结果 |
      | 宁夏回族自治区 | 2024-10-29 | 定点医疗机构就医个人负担费用 | 受理 |
      | 宁夏回族自治区 | 2024-10-29 | 定点零售药店药品 | 受理 |
      | 宁夏回族自治区 | 2024-10-29 | 定点零售药店医疗器械 | 受理 |
      | 宁夏回族自治区 | 2024-10-29 | 定点零售药店医用耗材 | 受理 |
      | 宁夏回族自治区 | 2024-10-29 | 居民医保个人缴费 | 受理 |
      | 宁夏回族自治区 | 2024-10-29 | 长期护理保险个人缴费 | 拒绝 |

    @rule:usage.categories:650000-near-relatives @source:chinanews_2024_10_29_nhsa @source:sc_ybj_near_relatives @region:650000
    例子: 新疆维吾尔自治区（650000-near-relatives）
      | 地区 | 日期 | 类别 | 结果 |
      | 新疆维吾尔自治区 | 2024-10-20 | 定点医疗机构就医个人负担费用 | 受理 |
      | 新疆维吾尔自治区 | 2024-10-20 | 定点零售药店药品 | 受理 |
      | 新疆维吾尔自治区 | 2024-10-20 | 定点零售药店医疗器械 | 受理 |
      | 新疆维吾尔自治区 | 2024-10-20 | 定点零售药店医用耗材 | 受理 |
      | 新疆维吾尔自治区 | 2024-10-20 | 居民医保个人缴费 | 受理 |
      | 新疆维吾尔自治区 | 2024-10-20 | 长期护理保险个人缴费 | 拒绝 |
