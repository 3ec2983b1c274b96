# language: zh-CN
功能: 家庭共济的亲属范围
  职工医保个人账户可以给哪些家人用。2021年起为参加基本医保的配偶、父母、子女（国办发〔2021〕14号）；
  2024年起扩大到近亲属：配偶、父母、子女、兄弟姐妹、祖父母、外祖父母、孙子女、外孙子女（国办发〔2024〕38号），
  全国所有省份在2024年12月9日前完成扩围。文章称“2025年扩大到近亲属”，时间有误。

  @id:scope-national-2021 @rule:family_aid.scope:2021 @source:wenxiaobai_2021_14 @region:420100
  场景大纲: 2021年规则下只有配偶、父母、子女可以共济
    假如 日期是 "2022-06-01"
    而且 "甲" 在 "武汉市" 参加职工医保
    而且 "甲" 的个人账户余额 3000.00 元
    而且 "乙" 在 "武汉市" 参加居民医保
    而且 "乙" 是 "甲" 的<关系>
    当 "甲" 为 "乙" 办理家庭共济绑定
    那么 结果是 "<结果>"

    例子:
      | 关系 | 结果 |
      | 配偶 | 受理 |
      | 父母 | 受理 |
      | 子女 | 受理 |
      | 兄弟姐妹 | 拒绝 |
      | 祖父母 | 拒绝 |
      | 配偶的父母 | 拒绝 |

  @id:scope-national-2024 @rule:family_aid.scope:2024 @source:sc_ybj_near_relatives @region:420100
  场景大纲: 2024年规则下近亲属都可以共济
    假如 日期是 "2025-03-01"
    而且 "甲" 在 "武汉市" 参加职工医保
    而且 "甲" 的个人账户余额 3000.00 元
    而且 "乙" 在 "武汉市" 参加居民医保
    而且 "乙" 是 "甲" 的<关系>
    当 "甲" 为 "乙" 办理家庭共济绑定
    那么 结果是 "<结果>"

    例子:
      | 关系 | 结果 |
      | 兄弟姐妹 | 受理 |
      | 祖父母 | 受理 |
      | 外祖父母 | 受理 |
      | 孙子女 | 受理 |
      | 外孙子女 | 受理 |
      | 配偶的父母 | 拒绝 |
      | 其他 | 拒绝 |

  @id:scope-national-switch-2024-12-09 @rule:family_aid.scope:2024 @rule:family_aid.scope:2021 @source:wxrb_2024_12_27_nhsa @region:340100 @claim:000_6c81c1fb684338e0:c01_near_relatives_2025 @claim:003_8af347fd5e072c48:c01_upgrade_2025
  场景大纲: 文章说2025年才扩围，实际全国在2024年12月9日前完成
    假如 日期是 "<日期>"
    而且 "甲" 在 "合肥市" 参加职工医保
    而且 "甲" 的个人账户余额 3000.00 元
    而且 "乙" 在 "合肥市" 参加职工医保
    而且 "乙" 是 "甲" 的兄弟姐妹
    当 "甲" 为 "乙" 办理家庭共济绑定
    那么 结果是 "<结果>"

    例子:
      | 日期 | 结果 |
      | 2024-12-08 | 拒绝 |
      | 2024-12-09 | 受理 |
      | 2025-01-01 | 受理 |

  @id:scope-beneficiary-enrolled @rule:family_aid.scope:2024 @source:zjg_ybj_2024_05_17 @region:420100
  场景: 被共济的家人必须已参加基本医保
    假如 日期是 "2025-03-01"
    而且 "甲" 在 "武汉市" 参加职工医保
    而且 "甲" 的个人账户余额 3000.00 元
    而且 "乙" 在 "武汉市" 未参保
    而且 "乙" 是 "甲" 的父母
    当 "甲" 为 "乙" 办理家庭共济绑定
    那么 结果是 "拒绝"
    而且 原因包括 "beneficiary_not_enrolled"

  @id:scope-authorizer-employee @rule:family_aid.scope:2024 @source:sc_ybj_near_relatives @region:420100
  场景: 只有职工医保参保人的个人账户可以共济
    假如 日期是 "2025-03-01"
    而且 "甲" 在 "武汉市" 参加居民医保
    而且 "乙" 在 "武汉市" 参加职工医保
    而且 "乙" 是 "甲" 的子女
    当 "甲" 为 "乙" 办理家庭共济绑定
    那么 结果是 "拒绝"
    而且 原因包括 "authorizer_not_employee_insured"

  @id:scope-shenzhen-2024-11 @rule:family_aid.scope:440300-2024-11 @rule:family_aid.scope:440300-2023-10 @source:wenxiaobai_shenzhen_2024_11 @region:440300
  场景大纲: 深圳自2024年11月1日起扩大到近亲属
    假如 日期是 "<日期>"
    而且 "甲" 在 "深圳市" 参加职工医保
    而且 "甲" 的个人账户余额 3000.00 元
    而且 "乙" 在 "深圳市" 参加职工医保
    而且 "乙" 是 "甲" 的<关系>
    当 "甲" 为 "乙" 办理家庭共济绑定
    那么 结果是 "<结果>"

    例子:
      | 日期 | 关系 | 结果 |
      | 2024-10-31 | 兄弟姐妹 | 拒绝 |
      | 2024-11-01 | 兄弟姐妹 | 受理 |
      | 2024-10-31 | 外孙子女 | 拒绝 |
      | 2024-11-01 | 外孙子女 | 受理 |

  @id:scope-jinan-in-laws @rule:family_aid.scope:370100-2020-12 @rule:family_aid.scope:370000-2024-08 @source:jnhouse_jinan_2020_12 @source:wxrb_2024_08_30_shandong @region:370100
  场景大纲: 济南2020年12月起可绑定配偶的父母，山东扩围到近亲属后不再包括
    假如 日期是 "<日期>"
    而且 "甲" 在 "济南市" 参加职工医保
    而且 "甲" 的个人账户余额 3000.00 元
    而且 "乙" 在 "济南市" 参加居民医保
    而且 "乙" 是 "甲" 的配偶的父母
    当 "甲" 为 "乙" 办理家庭共济绑定
    那么 结果是 "<结果>"

    例子:
      | 日期 | 结果 |
      | 2021-06-01 | 受理 |
      | 2024-08-29 | 受理 |
      | 2024-08-30 | 拒绝 |
      | 2024-09-01 | 拒绝 |

  @id:scope-beneficiary-enrolled @rule:family_aid.scope:2021 @rule:family_aid.scope:370100-2020-12 @source:wenxiaobai_2021_14 @source:jnhouse_jinan_2020_12
  场景大纲: 2024年以前，被共济的家人须已参保
    假如 日期是 "2023-06-01"
    而且 "甲" 在 "<地区>" 参加职工医保
    而且 "甲" 的个人账户余额 3000.00 元
    而且 "乙" 在 "<地区>" 未参保
    而且 "乙" 是 "甲" 的配偶
    当 "甲" 为 "乙" 办理家庭共济绑定
    那么 结果是 "拒绝"
    而且 原因包括 "beneficiary_not_enrolled"

    @region:340000
    例子: 安徽省
      | 地区 |
      | 安徽省 |

    @region:370100
    例子: 济南市
      | 地区 |
      | 济南市 |

  @id:scope-shandong-2024-08 @rule:family_aid.scope:370000-2024-08 @source:wxrb_2024_08_30_shandong @region:371500
  场景: 聊城职工在山东扩围后可为兄弟姐妹办理
    假如 日期是 "2024-09-01"
    而且 "甲" 在 "聊城市" 参加职工医保
    而且 "甲" 的个人账户余额 3000.00 元
    而且 "乙" 在 "聊城市" 参加居民医保
    而且 "乙" 是 "甲" 的兄弟姐妹
    当 "甲" 为 "乙" 办理家庭共济绑定
    那么 结果是 "受理"

  @id:scope-beijing-opens-2022-12 @rule:family_aid.scope:110000-before-2022-12 @source:qianxunwang_beijing_2022_12_01 @region:110000
  场景大纲: 北京自2022年12月1日起开通家庭共济
    假如 日期是 "<日期>"
    而且 "甲" 在 "北京市" 参加职工医保
    而且 "甲" 的个人账户余额 3000.00 元
    而且 "乙" 在 "北京市" 参加职工医保
    而且 "乙" 是 "甲" 的子女
    当 "甲" 为 "乙" 办理家庭共济绑定
    那么 结果是 "<结果>"

    例子:
      | 日期 | 结果 |
      | 2022-11-30 | 拒绝 |
      | 2022-12-01 | 受理 |

  @id:scope-local-closed-from-2021 @rule:family_aid.scope:110000-before-2022-12 @rule:family_aid.scope:140000-before-2022-07 @rule:family_aid.scope:450400-before-2023-05 @source:qianxunwang_beijing_2022_12_01 @source:xinhua_shanxi_2024_08_31 @source:bkw8_wuzhou_2025_01_09
  场景大纲: 全国2021年4月22日起允许家庭共济，尚未开通的地区当天起拒绝；此前无法确定
    假如 日期是 "<日期>"
    而且 "甲" 在 "<地区>" 参加职工医保
    而且 "甲" 的个人账户余额 3000.00 元
    而且 "乙" 在 "<地区>" 参加职工医保
    而且 "乙" 是 "甲" 的配偶
    当 "甲" 为 "乙" 办理家庭共济绑定
    那么 结果是 "<结果>"

    @region:110000
    例子: 北京市
      | 地区 | 日期 | 结果 |
      | 北京市 | 2021-04-21 | 无法确定 |
      | 北京市 | 2021-04-22 | 拒绝 |

    @region:140000
    例子: 山西省
      | 地区 | 日期 | 结果 |
      | 山西省 | 2021-04-21 | 无法确定 |
      | 山西省 | 2021-04-22 | 拒绝 |

    @region:450400
    例子: 梧州市
      | 地区 | 日期 | 结果 |
      | 梧州市 | 2021-04-21 | 无法确定 |
      | 梧州市 | 2021-04-22 | 拒绝 |

  @id:scope-shandong-first-day @rule:family_aid.scope:370000-2024-08 @rule:family_aid.scope:2021 @source:wxrb_2024_08_30_shandong @source:wenxiaobai_2021_14 @region:371500
  场景大纲: 山东2024年8月30日起扩围到近亲属，前一天还不能为兄弟姐妹办理
    假如 日期是 "<日期>"
    而且 "甲" 在 "聊城市" 参加职工医保
    而且 "甲" 的个人账户余额 3000.00 元
    而且 "乙" 在 "聊城市" 参加居民医保
    而且 "乙" 是 "甲" 的兄弟姐妹
    当 "甲" 为 "乙" 办理家庭共济绑定
    那么 结果是 "<结果>"

    例子:
      | 日期 | 结果 |
      | 2024-08-29 | 拒绝 |
      | 2024-08-30 | 受理 |

  @id:scope-rules-relied-on-first-day @rule:family_aid.scope:440300-2023-10 @rule:family_aid.scope:110000-2024-12 @rule:family_aid.binding:110000-2022-12 @rule:family_aid.binding:370000-2024-08 @rule:family_aid.binding:440300-2024-11 @source:bendibao_sz_635961 @source:chinacom_beijing_2024_12_10 @source:qianxunwang_beijing_2022_12_01 @source:wxrb_2024_08_30_shandong @source:wenxiaobai_shenzhen_2024_11
  场景大纲: 地方规定生效的第一天（和最后一天），绑定依据的是这一地方规定
    假如 日期是 "<日期>"
    而且 "甲" 在 "<地区>" 参加职工医保
    而且 "甲" 的个人账户余额 3000.00 元
    而且 "乙" 在 "<地区>" 参加职工医保
    而且 "乙" 是 "甲" 的配偶
    当 "甲" 为 "乙" 办理家庭共济绑定
    那么 结果是 "受理"
    而且 依据的规则包括 "<规则>"

    @region:440300
    例子: 深圳市
      | 地区 | 日期 | 规则 |
      | 深圳市 | 2023-10-01 | family_aid.scope@440300-2023-10 |
      | 深圳市 | 2024-10-31 | family_aid.scope@440300-2023-10 |
      | 深圳市 | 2024-11-01 | family_aid.binding@440300-2024-11 |

    @region:110000
    例子: 北京市
      | 地区 | 日期 | 规则 |
      | 北京市 | 2022-12-01 | family_aid.binding@110000-2022-12 |
      | 北京市 | 2024-12-10 | family_aid.scope@110000-2024-12 |

    @region:371500
    例子: 聊城市
      | 地区 | 日期 | 规则 |
      | 聊城市 | 2024-08-30 | family_aid.binding@370000-2024-08 |

  @id:scope-wuzhou-in-laws-last-day @rule:family_aid.scope:450400-2023-05 @source:bkw8_wuzhou_2025_01_09 @region:450400
  场景: 梧州2024年8月31日仍可为配偶的父母办理家庭共济
    假如 日期是 "2024-08-31"
    而且 "甲" 在 "梧州市" 参加职工医保
    而且 "甲" 的个人账户余额 3000.00 元
    而且 "乙" 在 "梧州市" 参加居民医保
    而且 "乙" 是 "甲" 的配偶的父母
    当 "甲" 为 "乙" 办理家庭共济绑定
    那么 结果是 "受理"

  @id:scope-matrix-440300-2023-10 @rule:family_aid.scope:440300-2023-10 @source:bendibao_sz_635961 @region:440300
  场景大纲: 深圳市2024-03-01：每一种亲属关系能否绑定
    假如 日期是 "2024-03-01"
    而且 "甲" 在 "深圳市" 参加职工医保
    而且 "甲" 的个人账户余额 3000.00 元
    而且 "乙" 在 "深圳市" 参加居民医保
    而且 "乙" 是 "甲" 的<关系>
    当 "甲" 为 "乙" 办理家庭共济绑定
    那么 结果是 "<结果>"
    而且 原因包括 "<原因>"

    例子:
      | 关系 | 结果 | 原因 |
      | 配偶 | 受理 | relationship_in_scope |
      | 父母 | 受理 | relationship_in_scope |
      | 子女 | 受理 | relationship_in_scope |
      | 兄弟姐妹 | 拒绝 | relationship_not_in_scope |
      | 祖父母 | 拒绝 | relationship_not_in_scope |
      | 外祖父母 | 拒绝 | relationship_not_in_scope |
      | 孙子女 | 拒绝 | relationship_not_in_scope |
      | 外孙子女 | 拒绝 | relationship_not_in_scope |
      | 配偶的父母 | 拒绝 | relationship_not_in_scope |

  @id:scope-matrix-440300-2024-11 @rule:family_aid.scope:440300-2024-11 @source:wenxiaobai_shenzhen_2024_11 @region:440300
  场景大纲: 深圳市2025-03-01：每一种亲属关系能否绑定
    假如 日期是 "2025-03-01"
    而且 "甲" 在 "深圳市" 参加职工医保
    而且 "甲" 的个人账户余额 3000.00 元
    而且 "乙" 在 "深圳市" 参加居民医保
    而且 "乙" 是 "甲" 的<关系>
    当 "甲" 为 "乙" 办理家庭共济绑定
    那么 结果是 "<结果>"
    而且 原因包括 "<原因>"

    例子:
      | 关系 | 结果 | 原因 |
      | 配偶 | 受理 | relationship_in_scope |
      | 父母 | 受理 | relationship_in_scope |
      | 子女 | 受理 | relationship_in_scope |
      | 兄弟姐妹 | 受理 | relationship_in_scope |
      | 祖父母 | 受理 | relationship_in_scope |
      | 外祖父母 | 受理 | relationship_in_scope |
      | 孙子女 | 受理 | relationship_in_scope |
      | 外孙子女 | 受理 | relationship_in_scope |
      | 配偶的父母 | 拒绝 | relationship_not_in_scope |

  @id:scope-matrix-370100-2020-12 @rule:family_aid.scope:370100-2020-12 @source:jnhouse_jinan_2020_12 @region:370100
  场景大纲: 济南市2022-06-01：每一种亲属关系能否绑定
    假如 日期是 "2022-06-01"
    而且 "甲" 在 "济南市" 参加职工医保
    而且 "甲" 的个人账户余额 3000.00 元
    而且 "乙" 在 "济南市" 参加居民医保
    而且 "乙" 是 "甲" 的<关系>
    当 "甲" 为 "乙" 办理家庭共济绑定
    那么 结果是 "<结果>"
    而且 原因包括 "<原因>"

    例子:
      | 关系 | 结果 | 原因 |
      | 配偶 | 受理 | relationship_in_scope |
      | 父母 | 受理 | relationship_in_scope |
      | 子女 | 受理 | relationship_in_scope |
      | 兄弟姐妹 | 拒绝 | relationship_not_in_scope |
      | 祖父母 | 拒绝 | relationship_not_in_scope |
      | 外祖父母 | 拒绝 | relationship_not_in_scope |
      | 孙子女 | 拒绝 | relationship_not_in_scope |
      | 外孙子女 | 拒绝 | relationship_not_in_scope |
      | 配偶的父母 | 受理 | relationship_in_scope |

  @id:scope-matrix-370000-2024-08 @rule:family_aid.scope:370000-2024-08 @source:wxrb_2024_08_30_shandong @region:370100
  场景大纲: 济南市2025-03-01：每一种亲属关系能否绑定
    假如 日期是 "2025-03-01"
    而且 "甲" 在 "济南市" 参加职工医保
    而且 "甲" 的个人账户余额 3000.00 元
    而且 "乙" 在 "济南市" 参加居民医保
    而且 "乙" 是 "甲" 的<关系>
    当 "甲" 为 "乙" 办理家庭共济绑定
    那么 结果是 "<结果>"
    而且 原因包括 "<原因>"

    例子:
      | 关系 | 结果 | 原因 |
      | 配偶 | 受理 | relationship_in_scope |
      | 父母 | 受理 | relationship_in_scope |
      | 子女 | 受理 | relationship_in_scope |
      | 兄弟姐妹 | 受理 | relationship_in_scope |
      | 祖父母 | 受理 | relationship_in_scope |
      | 外祖父母 | 受理 | relationship_in_scope |
      | 孙子女 | 受理 | relationship_in_scope |
      | 外孙子女 | 受理 | relationship_in_scope |
      | 配偶的父母 | 拒绝 | relationship_not_in_scope |

  @id:edges-bind @rule:family_aid.authorizer_conditions:310000-2025-07 @rule:family_aid.authorizer_conditions:440300-before-2023-10 @rule:family_aid.scope:110000-before-2022-12 @rule:family_aid.scope:2021 @rule:family_aid.scope:370100-2020-12 @source:163_shenzhen_pre_2023 @source:jnhouse_jinan_2020_12 @source:qianxunwang_beijing_2022_12_01 @source:songjiang_ybj_2025_07_23 @source:wenxiaobai_2021_14 @source:wxrb_2024_12_27_nhsa @source:zjg_ybj_2024_05_17
  场景大纲: 绑定家庭共济：规则生效前一天、当天和之后一天
    假如 日期是 "<日期>"
    而且 "甲" 在 "<地区>" 参加职工医保
    而且 "甲" 的个人账户余额 3000.00 元
    而且 "乙" 在 "<地区>" 参加居民医保
    而且 "乙" 是 "甲" 的配偶
    当 "甲" 为 "乙" 办理家庭共济绑定
    那么 结果是 "<结果>"

    @region:310000
    例子: 上海市
      | 地区 | 日期 | 结果 |
      | 上海市 | 2025-07-22 | 受理 |
      | 上海市 | 2025-07-23 | 拒绝 |

    @region:440300 @unverified
    例子: 深圳市
      | 地区 | 日期 | 结果 |
      | 深圳市 | 2021-04-22 | 无法确定 |

    @region:110000
    例子: 北京市
      | 地区 | 日期 | 结果 |
      | 北京市 | 2021-04-22 | 拒绝 |

    @region:420100
    例子: 武汉市
      | 地区 | 日期 | 结果 |
      | 武汉市 | 2021-04-21 | 无法确定 |
      | 武汉市 | 2021-04-22 | 受理 |

    @region:370100
    例子: 济南市
      | 地区 | 日期 | 结果 |
      | 济南市 | 2020-11-30 | 无法确定 |
      | 济南市 | 2020-12-01 | 受理 |
