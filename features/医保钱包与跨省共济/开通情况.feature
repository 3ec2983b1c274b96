# language: zh-CN
功能: 各地医保钱包的开通日期
  规范只记载有来源的开通日期；“不晚于”某日的记载，此前的状态视为未知。

  @id:wallet-go-live @rule:wallet.availability:622900-wallet @rule:wallet.availability:540000-wallet @rule:wallet.availability:630000-wallet @rule:wallet.availability:350000-2025-07 @rule:wallet.availability:610000-wallet @rule:wallet.availability:210200-wallet @rule:wallet.availability:510100-wallet @rule:wallet.availability:320500-wallet @source:dwrh_linxia_2024_11_26 @source:bdcb_2025_07_21_wallet
  场景大纲: 开通之后，可向临夏的父母转账
    假如 时间是 "<时间>"
    而且 "甲" 在 "<地区>" 参加职工医保
    而且 "甲" 的个人账户余额 10000.00 元
    而且 "乙" 在 "临夏回族自治州" 参加居民医保
    而且 "乙" 是 "甲" 的父母
    当 "甲" 通过医保钱包向 "乙" 转账 800.00 元
    那么 结果是 "<结果>"

    例子:
      | 地区 | 时间 | 结果 |
      | 西藏自治区 | 2025-01-17 10:00 | 受理 |
      | 西藏自治区 | 2025-01-16 10:00 | 无法确定 |
      | 青海省 | 2025-07-01 10:00 | 受理 |
      | 福建省 | 2025-07-01 10:00 | 受理 |
      | 福建省 | 2025-06-30 10:00 | 无法确定 |
      | 陕西省 | 2025-08-01 10:00 | 受理 |
      | 大连市 | 2025-06-01 10:00 | 受理 |
      | 成都市 | 2025-09-01 10:00 | 受理 |
      | 苏州市 | 2024-12-02 10:00 | 受理 |
      | 临夏回族自治州 | 2024-12-02 10:00 | 受理 |
