# language: zh-CN
功能: 各省把家庭共济扩大到近亲属的日期
  国办发〔2024〕38号把个人账户共济范围扩大到近亲属，并同时允许为近亲属缴纳居民医保；各省在2024年8月至12月间先后落实。
  有省级来源写明日期的按当日；只见于国家医保局分批名单的，按名单的截止日（不晚于）。此前适用2021年的配偶、父母、子女。

  @id:near-relatives-by-province @source:chinanews_2024_10_29_nhsa @source:youth_2024_08_27_nhsa @source:xinhua_shanxi_2024_08_31 @source:gmw_2024_11_27_nhsa @source:wjyanghu_jiangsu_2024_10_14 @source:fqlook_fujian_2024_12_05 @source:sanyarb_hainan_2024_10_02 @source:wxredian_ningxia_2024_10_29
  @rule:family_aid.scope:120000-near-relatives @rule:family_aid.scope:130000-near-relatives @rule:family_aid.scope:140000-2024-09
  @rule:family_aid.scope:210000-near-relatives @rule:family_aid.scope:220000-near-relatives @rule:family_aid.scope:230000-near-relatives
  @rule:family_aid.scope:320000-near-relatives @rule:family_aid.scope:330000-near-relatives @rule:family_aid.scope:350000-2024-12
  @rule:family_aid.scope:360000-near-relatives @rule:family_aid.scope:410000-near-relatives @rule:family_aid.scope:420000-near-relatives
  @rule:family_aid.scope:430000-near-relatives @rule:family_aid.scope:450000-near-relatives @rule:family_aid.scope:460000-2024-10
  @rule:family_aid.scope:510000-near-relatives @rule:family_aid.scope:520000-near-relatives @rule:family_aid.scope:530000-near-relatives
  @rule:family_aid.scope:540000-near-relatives @rule:family_aid.scope:610000-near-relatives @rule:family_aid.scope:620000-near-relatives
  @rule:family_aid.scope:640000-2024-10 @rule:family_aid.scope:650000-near-relatives
  场景大纲: 扩围前一天不能为兄弟姐妹办理家庭共济，扩围当天起可以
    假如 日期是 "<日期>"
    而且 "甲" 在 "<地区>" 参加职工医保
    而且 "甲" 的个人账户余额 3000.00 元
    而且 "乙" 在 "<地区>" 参加居民医保
    而且 "乙" 是 "甲" 的兄弟姐妹
    当 "甲" 为 "乙" 办理家庭共济绑定
    那么 结果是 "<结果>"

    @region:120000
    例子: 天津市
      | 地区 | 日期 | 结果 |
      | 天津市 | 2024-10-19 | 拒绝 |
      | 天津市 | 2024-10-20 | 受理 |

    @region:130000
    例子: 河北省
      | 地区 | 日期 | 结果 |
      | 河北省 | 2024-08-14 | 拒绝 |
      | 河北省 | 2024-08-15 | 受理 |

    @region:140000
    例子: 山西省
      | 地区 | 日期 | 结果 |
      | 山西省 | 2024-08-31 | 拒绝 |
      | 山西省 | 2024-09-01 | 受理 |

    @region:210000
    例子: 辽宁省
      | 地区 | 日期 | 结果 |
      | 辽宁省 | 2024-11-25 | 拒绝 |
      | 辽宁省 | 2024-11-26 | 受理 |

    @region:220000
    例子: 吉林省
      | 地区 | 日期 | 结果 |
      | 吉林省 | 2024-10-19 | 拒绝 |
      | 吉林省 | 2024-10-20 | 受理 |

    @region:230000
    例子: 黑龙江省
      | 地区 | 日期 | 结果 |
      | 黑龙江省 | 2024-10-19 | 拒绝 |
      | 黑龙江省 | 2024-10-20 | 受理 |

    @region:320000
    例子: 江苏省
      | 地区 | 日期 | 结果 |
      | 江苏省 | 2024-10-13 | 拒绝 |
      | 江苏省 | 2024-10-14 | 受理 |

    @region:330000
    例子: 浙江省
      | 地区 | 日期 | 结果 |
      | 浙江省 | 2024-11-25 | 拒绝 |
      | 浙江省 | 2024-11-26 | 受理 |

    @region:350000
    例子: 福建省
      | 地区 | 日期 | 结果 |
      | 福建省 | 2024-12-04 | 拒绝 |
      | 福建省 | 2024-12-05 | 受理 |

    @region:360000
    例子: 江西省
      | 地区 | 日期 | 结果 |
      | 江西省 | 2024-10-19 | 拒绝 |
      | 江西省 | 2024-10-20 | 受理 |

    @region:410000
    例子: 河南省
      | 地区 | 日期 | 结果 |
      | 河南省 | 2024-10-19 | 拒绝 |
      | 河南省 | 2024-10-20 | 受理 |

    @region:420000
    例子: 湖北省
      | 地区 | 日期 | 结果 |
      | 湖北省 | 2024-10-19 | 拒绝 |
      | 湖北省 | 2024-10-20 | 受理 |

    @region:430000
    例子: 湖南省
      | 地区 | 日期 | 结果 |
      | 湖南省 | 2024-08-14 | 拒绝 |
      | 湖南省 | 2024-08-15 | 受理 |

    @region:450000
    例子: 广西壮族自治区
      | 地区 | 日期 | 结果 |
      | 广西壮族自治区 | 2024-10-19 | 拒绝 |
      | 广西壮族自治区 | 2024-10-20 | 受理 |

    @region:460000
    例子: 海南省
      | 地区 | 日期 | 结果 |
      | 海南省 | 2024-09-30 | 拒绝 |
      | 海南省 | 2024-10-01 | 受理 |

    @region:510000
    例子: 四川省
      | 地区 | 日期 | 结果 |
      | 四川省 | 2024-11-25 | 拒绝 |
      | 四川省 | 2024-11-26 | 受理 |

    @region:520000
    例子: 贵州省
      | 地区 | 日期 | 结果 |
      | 贵州省 | 2024-10-19 | 拒绝 |
      | 贵州省 | 2024-10-20 | 受理 |

    @region:530000
    例子: 云南省
      | 地区 | 日期 | 结果 |
      | 云南省 | 2024-10-19 | 拒绝 |
      | 云南省 | 2024-10-20 | 受理 |

    @region:540000
    例子: 西藏自治区
      | 地区 | 日期 | 结果 |
      | 西藏自治区 | 2024-08-14 | 拒绝 |
      | 西藏自治区 | 2024-08-15 | 受理 |

    @region:610000
    例子: 陕西省
      | 地区 | 日期 | 结果 |
      | 陕西省 | 2024-10-19 | 拒绝 |
      | 陕西省 | 2024-10-20 | 受理 |

    @region:620000
    例子: 甘肃省
      | 地区 | 日期 | 结果 |
      | 甘肃省 | 2024-10-19 | 拒绝 |
      | 甘肃省 | 2024-10-20 | 受理 |

    @region:640000
    例子: 宁夏回族自治区
      | 地区 | 日期 | 结果 |
      | 宁夏回族自治区 | 2024-10-28 | 拒绝 |
      | 宁夏回族自治区 | 2024-10-29 | 受理 |

    @region:650000
    例子: 新疆维吾尔自治区
      | 地区 | 日期 | 结果 |
      | 新疆维吾尔自治区 | 2024-10-19 | 拒绝 |
      | 新疆维吾尔自治区 | 2024-10-20 | 受理 |

  @id:near-relatives-resident-contribution-by-province @source:chinanews_2024_10_29_nhsa @source:youth_2024_08_27_nhsa @source:xinhua_shanxi_2024_08_31 @source:gmw_2024_11_27_nhsa @source:wjyanghu_jiangsu_2024_10_14 @source:fqlook_fujian_2024_12_05 @source:wxrb_2024_08_30_shandong @source:wenxiaobai_shenzhen_2024_11 @source:sanyarb_hainan_2024_10_02 @source:wxredian_ningxia_2024_10_29
  @rule:usage.categories:120000-near-relatives @rule:usage.categories:130000-near-relatives @rule:usage.categories:140000-2024-09
  @rule:usage.categories:210000-near-relatives @rule:usage.categories:220000-near-relatives @rule:usage.categories:230000-near-relatives
  @rule:usage.categories:320000-near-relatives @rule:usage.categories:330000-near-relatives @rule:usage.categories:350000-2024-12
  @rule:usage.categories:360000-near-relatives @rule:usage.categories:370000-2024-08 @rule:usage.categories:410000-near-relatives
  @rule:usage.categories:420000-near-relatives @rule:usage.categories:430000-near-relatives @rule:usage.categories:440300-2024-11
  @rule:usage.categories:450000-near-relatives @rule:usage.categories:460000-2024-10 @rule:usage.categories:510000-near-relatives
  @rule:usage.categories:520000-near-relatives @rule:usage.categories:530000-near-relatives @rule:usage.categories:540000-near-relatives
  @rule:usage.categories:610000-near-relatives @rule:usage.categories:620000-near-relatives @rule:usage.categories:640000-2024-10
  @rule:usage.categories:650000-near-relatives
  场景大纲: 扩围当天起也可为未参保的子女缴纳居民医保，前一天不可以（38号同时给予两种用途）
    假如 日期是 "<日期>"
    而且 "甲" 在 "<地区>" 参加职工医保
    而且 "甲" 的个人账户余额 3000.00 元
    而且 "乙" 在 "<地区>" 未参保
    而且 "乙" 是 "甲" 的子女
    当 "甲" 用个人账户为 "乙" 支付居民医保个人缴费 400.00 元
    那么 结果是 "<结果>"

    @region:120000
    例子: 天津市
      | 地区 | 日期 | 结果 |
      | 天津市 | 2024-10-19 | 拒绝 |
      | 天津市 | 2024-10-20 | 受理 |

    @region:130000
    例子: 河北省
      | 地区 | 日期 | 结果 |
      | 河北省 | 2024-08-14 | 拒绝 |
      | 河北省 | 2024-08-15 | 受理 |

    @region:140000
    例子: 山西省
      | 地区 | 日期 | 结果 |
      | 山西省 | 2024-08-31 | 拒绝 |
      | 山西省 | 2024-09-01 | 受理 |

    @region:210000
    例子: 辽宁省
      | 地区 | 日期 | 结果 |
      | 辽宁省 | 2024-11-25 | 拒绝 |
      | 辽宁省 | 2024-11-26 | 受理 |

    @region:220000
    例子: 吉林省
      | 地区 | 日期 | 结果 |
      | 吉林省 | 2024-10-19 | 拒绝 |
      | 吉林省 | 2024-10-20 | 受理 |

    @region:230000
    例子: 黑龙江省
      | 地区 | 日期 | 结果 |
      | 黑龙江省 | 2024-10-19 | 拒绝 |
      | 黑龙江省 | 2024-10-20 | 受理 |

    @region:320000
    例子: 江苏省
      | 地区 | 日期 | 结果 |
      | 江苏省 | 2024-10-13 | 拒绝 |
      | 江苏省 | 2024-10-14 | 受理 |

    @region:330000
    例子: 浙江省
      | 地区 | 日期 | 结果 |
      | 浙江省 | 2024-11-25 | 拒绝 |
      | 浙江省 | 2024-11-26 | 受理 |

    @region:350000
    例子: 福建省
      | 地区 | 日期 | 结果 |
      | 福建省 | 2024-12-04 | 拒绝 |
      | 福建省 | 2024-12-05 | 受理 |

    @region:360000
    例子: 江西省
      | 地区 | 日期 | 结果 |
      | 江西省 | 2024-10-19 | 拒绝 |
      | 江西省 | 2024-10-20 | 受理 |

    @region:370000
    例子: 山东省
      | 地区 | 日期 | 结果 |
      | 济南市 | 2024-08-29 | 拒绝 |
      | 济南市 | 2024-08-30 | 受理 |

    @region:410000
    例子: 河南省
      | 地区 | 日期 | 结果 |
      | 河南省 | 2024-10-19 | 拒绝 |
      | 河南省 | 2024-10-20 | 受理 |

    @region:420000
    例子: 湖北省
      | 地区 | 日期 | 结果 |
      | 湖北省 | 2024-10-19 | 拒绝 |
      | 湖北省 | 2024-10-20 | 受理 |

    @region:430000
    例子: 湖南省
      | 地区 | 日期 | 结果 |
      | 湖南省 | 2024-08-14 | 拒绝 |
      | 湖南省 | 2024-08-15 | 受理 |

    @region:440300
    例子: 深圳市
      | 地区 | 日期 | 结果 |
      | 深圳市 | 2024-10-31 | 拒绝 |
      | 深圳市 | 2024-11-01 | 受理 |

    @region:450000
    例子: 广西壮族自治区
      | 地区 | 日期 | 结果 |
      | 广西壮族自治区 | 2024-10-19 | 拒绝 |
      | 广西壮族自治区 | 2024-10-20 | 受理 |

    @region:460000
    例子: 海南省
      | 地区 | 日期 | 结果 |
      | 海南省 | 2024-09-30 | 拒绝 |
      | 海南省 | 2024-10-01 | 受理 |

    @region:510000
    例子: 四川省
      | 地区 | 日期 | 结果 |
      | 四川省 | 2024-11-25 | 拒绝 |
      | 四川省 | 2024-11-26 | 受理 |

    @region:520000
    例子: 贵州省
      | 地区 | 日期 | 结果 |
      | 贵州省 | 2024-10-19 | 拒绝 |
      | 贵州省 | 2024-10-20 | 受理 |

    @region:530000
    例子: 云南省
      | 地区 | 日期 | 结果 |
      | 云南省 | 2024-10-19 | 拒绝 |
      | 云南省 | 2024-10-20 | 受理 |

    @region:540000
    例子: 西藏自治区
      | 地区 | 日期 | 结果 |
      | 西藏自治区 | 2024-08-14 | 拒绝 |
      | 西藏自治区 | 2024-08-15 | 受理 |

    @region:610000
    例子: 陕西省
      | 地区 | 日期 | 结果 |
      | 陕西省 | 2024-10-19 | 拒绝 |
      | 陕西省 | 2024-10-20 | 受理 |

    @region:620000
    例子: 甘肃省
      | 地区 | 日期 | 结果 |
      | 甘肃省 | 2024-10-19 | 拒绝 |
      | 甘肃省 | 2024-10-20 | 受理 |

    @region:640000
    例子: 宁夏回族自治区
      | 地区 | 日期 | 结果 |
      | 宁夏回族自治区 | 2024-10-28 | 拒绝 |
      | 宁夏回族自治区 | 2024-10-29 | 受理 |

    @region:650000
    例子: 新疆维吾尔自治区
      | 地区 | 日期 | 结果 |
      | 新疆维吾尔自治区 | 2024-10-19 | 拒绝 |
      | 新疆维吾尔自治区 | 2024-10-20 | 受理 |

  @id:family-aid-shanxi-opens-2022-07 @rule:family_aid.scope:140000-before-2022-07 @source:xinhua_shanxi_2024_08_31 @region:140100
  场景大纲: 山西自2022年7月起开通家庭共济，此前个人账户只供本人使用
    假如 日期是 "<日期>"
    而且 "甲" 在 "太原市" 参加职工医保
    而且 "甲" 的个人账户余额 3000.00 元
    而且 "乙" 在 "太原市" 参加居民医保
    而且 "乙" 是 "甲" 的子女
    当 "甲" 为 "乙" 办理家庭共济绑定
    那么 结果是 "<结果>"

    例子:
      | 日期 | 结果 |
      | 2022-06-30 | 拒绝 |
      | 2022-07-01 | 受理 |

  @id:family-aid-chongqing-2022-01 @rule:usage.categories:500000-2022-01 @source:kidbbs_chongqing_2022_01_28 @region:500000
  场景大纲: 重庆的门诊共济实施意见（2022年1月28日公布）起可为子女缴纳居民医保
    假如 日期是 "<日期>"
    而且 "甲" 在 "重庆市" 参加职工医保
    而且 "甲" 的个人账户余额 3000.00 元
    而且 "乙" 在 "重庆市" 未参保
    而且 "乙" 是 "甲" 的子女
    当 "甲" 用个人账户为 "乙" 支付居民医保个人缴费 400.00 元
    那么 结果是 "<结果>"

    例子:
      | 日期 | 结果 |
      | 2022-01-27 | 拒绝 |
      | 2022-01-28 | 受理 |

  @id:family-aid-wuzhou @rule:family_aid.scope:450400-before-2023-05 @rule:family_aid.scope:450400-2023-05 @rule:family_aid.scope:450400-2024-09
  @source:bkw8_wuzhou_2025_01_09 @region:450400
  场景大纲: 梧州2023年5月起可为配偶的父母共济，2024年9月起扩大到近亲属并保留配偶的父母
    假如 日期是 "<日期>"
    而且 "甲" 在 "梧州市" 参加职工医保
    而且 "甲" 的个人账户余额 3000.00 元
    而且 "乙" 在 "梧州市" 参加居民医保
    而且 "乙" 是 "甲" 的<关系>
    当 "甲" 为 "乙" 办理家庭共济绑定
    那么 结果是 "<结果>"

    例子:
      | 日期 | 关系 | 结果 |
      | 2023-04-30 | 子女 | 拒绝 |
      | 2023-05-01 | 配偶的父母 | 受理 |
      | 2024-08-31 | 兄弟姐妹 | 拒绝 |
      | 2024-09-01 | 兄弟姐妹 | 受理 |
      | 2025-03-01 | 配偶的父母 | 受理 |

  @id:near-relatives-beijing-2024-12 @rule:family_aid.scope:110000-2024-12 @source:chinacom_beijing_2024_12_10 @region:110000
  场景: 北京京医保发〔2024〕18号：在北京参保的兄弟姐妹可以备案共济
    假如 日期是 "2024-12-10"
    而且 "甲" 在 "北京市" 参加职工医保
    而且 "甲" 的个人账户余额 3000.00 元
    而且 "乙" 在 "北京市" 参加居民医保
    而且 "乙" 是 "甲" 的兄弟姐妹
    当 "甲" 为 "乙" 办理家庭共济绑定
    那么 结果是 "受理"

  @id:near-relatives-hainan-more-uses @rule:usage.categories:460000-2024-10 @source:sanyarb_hainan_2024_10_02 @region:460000
  场景大纲: 海南自2024年10月1日起还可为已参保的亲属缴纳长期护理保险
    假如 日期是 "<日期>"
    而且 "甲" 在 "海南省" 参加职工医保
    而且 "甲" 的个人账户余额 3000.00 元
    而且 "乙" 在 "海南省" 参加居民医保
    而且 "乙" 是 "甲" 的父母
    当 "甲" 用个人账户为 "乙" 支付长期护理保险个人缴费 300.00 元
    那么 结果是 "<结果>"

    例子:
      | 日期 | 结果 |
      | 2024-09-30 | 拒绝 |
      | 2024-10-01 | 受理 |
