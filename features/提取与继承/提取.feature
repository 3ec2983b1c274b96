# language: zh-CN
功能: 个人账户余额的提取与继承
  个人账户不得提取现金；资金和利息归个人所有，可以结转和继承（武汉市医保局）。各地另有可一次性支付的情形。
  北京2022年9月1日起实行记账管理，不可自由支取，此前已划入医保存折的资金仍可取现。
  文章所说“恶性肿瘤等74种大病可提现”没有任何可靠来源；《社会保险法》第十四条针对的是养老保险。

  @id:withdraw-national-no-cash @rule:withdrawal.reasons:1998-principle @source:wuhan_ybj_2022_06_16 @region:420100 @claim:001_b5e5ba15b65a98d7:c08_74_diseases @claim:000_6c81c1fb684338e0:c13_serious_disease
  场景大纲: 没有法定情形不能提取现金
    假如 日期是 "2025-03-01"
    而且 "甲" 在 "武汉市" 参加职工医保
    而且 "甲" 的个人账户余额 8000.00 元
    当 以"<理由>"为由申请提取 "甲" 的个人账户
    那么 结果是 "拒绝"
    而且 原因包括 "withdrawal_not_allowed"

    例子:
      | 理由 |
      | 重大疾病 |
      | 主动放弃参加职工医保 |
      | 长期驻外工作 |

  @id:withdraw-inheritance @rule:withdrawal.reasons:1998-principle @source:wuhan_ybj_2022_06_16 @region:420100
  场景: 参保人死亡后余额由继承人继承
    假如 日期是 "2025-03-01"
    而且 "甲" 在 "武汉市" 参加职工医保
    而且 "甲" 的个人账户余额 8000.00 元
    而且 "甲" 已死亡
    当 以"参保人死亡，余额继承"为由申请提取 "甲" 的个人账户
    那么 结果是 "受理"
    而且 计算结果 "paid_fen" 为 8000.00 元
    而且 计算结果 "payout" 为 "heirs"

  @id:withdraw-inheritance-needs-death @rule:withdrawal.reasons:1998-principle @source:wuhan_ybj_2022_06_16 @region:420100
  场景: 在世的参保人不能以继承为由提取
    假如 日期是 "2025-03-01"
    而且 "甲" 在 "武汉市" 参加职工医保
    而且 "甲" 的个人账户余额 8000.00 元
    当 以"参保人死亡，余额继承"为由申请提取 "甲" 的个人账户
    那么 结果是 "拒绝"

  @id:withdraw-wuhan-lump-sum @rule:withdrawal.reasons:420100-lump-sum @source:64365_wuhan_lump_sum @region:420100 @unverified
  场景大纲: 武汉出国定居或转出市外无法转移的，可一次性支付余额
    假如 日期是 "2025-03-01"
    而且 "甲" 在 "武汉市" 参加职工医保
    而且 "甲" 的个人账户余额 8000.00 元
    当 以"<理由>"为由申请提取 "甲" 的个人账户
    那么 结果是 "受理"
    而且 计算结果 "paid_fen" 为 8000.00 元
    而且 计算结果 "payout" 为 "cash"

    例子:
      | 理由 |
      | 出国（境）定居 |
      | 转出且转入地不接收个人账户 |

  @id:withdraw-weihai @rule:withdrawal.reasons:371000-2008 @source:jxyuer_weihai_2008_10 @region:371000 @unverified
  场景大纲: 威海的支取情形包括异地安置和长期驻外
    假如 日期是 "2025-03-01"
    而且 "甲" 在 "威海市" 参加职工医保
    而且 "甲" 的个人账户余额 5000.00 元
    当 以"<理由>"为由申请提取 "甲" 的个人账户
    那么 结果是 "受理"

    例子:
      | 理由 |
      | 退休人员异地安置 |
      | 长期驻外工作 |
      | 跨统筹区转出 |

  @id:withdraw-beijing-reform @rule:withdrawal.reasons:110000-passbook @rule:withdrawal.reasons:110000-2022-09 @source:fh21_beijing_2022_28 @region:110000
  场景大纲: 北京2022年9月1日起个人账户不可自由支取
    假如 日期是 "<日期>"
    而且 "甲" 在 "北京市" 参加职工医保
    而且 "甲" 的个人账户余额 6000.00 元
    当 以"主动放弃参加职工医保"为由申请提取 "甲" 的个人账户
    那么 结果是 "<结果>"

    例子:
      | 日期 | 结果 |
      | 2022-08-31 | 受理 |
      | 2022-09-01 | 拒绝 |

  @id:withdraw-beijing-passbook @rule:withdrawal.reasons:110000-2022-09 @source:b4dc4_beijing_daily_2022_08_19 @region:110000
  场景: 北京9月1日前已划入存折的资金仍可随时取现
    假如 日期是 "2024-01-10"
    而且 "甲" 在 "北京市" 参加职工医保
    而且 "甲" 的个人账户余额 6000.00 元
    而且 "甲" 的存折资金余额 1200.00 元
    当 以"既有存折资金支取"为由申请提取 "甲" 的个人账户
    那么 结果是 "受理"
    而且 计算结果 "paid_fen" 为 1200.00 元

  @id:withdraw-hangzhou-settle-first @rule:withdrawal.reasons:330100-settlement @source:husay_hangzhou_withdrawal @region:330100 @unverified
  场景大纲: 杭州先结清医疗费用、以历年资金冲抵当年透支，再支付余额
    假如 日期是 "2025-03-01"
    而且 "甲" 在 "杭州市" 参加职工医保
    而且 "甲" 的历年资金余额 1000.00 元
    而且 "甲" <状态>
    当 以"<理由>"为由申请提取 "甲" 的个人账户
    而且 尚有未结清的医疗费用 800.00 元
    而且 当年资金透支 500.00 元
    那么 结果是 "受理"
    而且 计算结果 "shortfall_fen" 为 300.00 元
    而且 原因包括 "<差额处理>"

    例子:
      | 状态 | 理由 | 差额处理 |
      | 已死亡 | 参保人死亡，余额继承 | shortfall_written_off |
      | 已终止参保 | 出国（境）定居 | shortfall_repaid_by_person |

  @id:withdraw-foreigner @rule:withdrawal.foreigners:decree-16 @source:korean_net_decree_16 @region:420100 @unverified
  场景: 外籍人员离境并书面申请终止社保关系，个人账户储存额一次性支付
    假如 日期是 "2025-03-01"
    而且 "甲" 在 "武汉市" 参加职工医保
    而且 "甲" 的个人账户余额 3000.00 元
    当 以"外籍人员离境并书面申请终止社会保险关系"为由申请提取 "甲" 的个人账户
    那么 结果是 "受理"
    而且 原因包括 "unverified_rule_relied_on"

  @id:withdraw-hangzhou-clearing @rule:withdrawal.reasons:330100-settlement @source:husay_hangzhou_withdrawal @region:330100 @unverified @claim:000_6c81c1fb684338e0:c12_voluntary_exit
  场景大纲: 文章说“主动放弃职工医保可提取”；杭州只对离开且未在他地参保的非本地户籍人员清算
    假如 日期是 "2025-03-01"
    而且 "甲" 在 "杭州市" 参加职工医保
    而且 "甲" 的历年资金余额 1000.00 元
    而且 "甲" 已终止参保
    而且 "甲" 是<户籍>户籍
    当 以"非本地户籍离开且未在他地参保"为由申请提取 "甲" 的个人账户
    那么 结果是 "<结果>"

    例子:
      | 户籍 | 结果 |
      | 非本地 | 受理 |
      | 本地 | 拒绝 |

  @id:withdraw-matrix-420100-allowed @rule:withdrawal.reasons:1998-principle @rule:withdrawal.reasons:420100-lump-sum @rule:withdrawal.foreigners:decree-16 @source:64365_wuhan_lump_sum @source:ccrbs_decree_16_paraphrase @source:korean_net_decree_16 @source:wuhan_ybj_2022_06_16 @region:420100 @unverified
  场景大纲: 武汉市：每一种可以提取的情形，以及余额如何支付
    假如 日期是 "2025-03-01"
    而且 "甲" 在 "武汉市" 参加职工医保
    而且 "甲" 的个人账户余额 3000.00 元
    而且 "甲" <状态>
    而且 "甲" 是非本地户籍
    当 以"<理由>"为由申请提取 "甲" 的个人账户
    那么 结果是 "受理"
    而且 计算结果 "payout" 为 "<支付方式>"
    而且 计算结果 "paid_fen" 为 3000.00 元

    例子:
      | 理由 | 状态 | 支付方式 |
      | 参保人死亡，余额继承 | 已死亡 | heirs |
      | 出国（境）定居 | 已终止参保 | cash |
      | 外籍人员离境并书面申请终止社会保险关系 | 已终止参保 | cash |
      | 转出且转入地不接收个人账户 | 已终止参保 | cash |

  @id:withdraw-matrix-420100-refused @rule:withdrawal.reasons:1998-principle @rule:withdrawal.reasons:420100-lump-sum @rule:withdrawal.foreigners:decree-16 @source:64365_wuhan_lump_sum @source:ccrbs_decree_16_paraphrase @source:korean_net_decree_16 @source:wuhan_ybj_2022_06_16 @region:420100 @unverified
  场景大纲: 武汉市：规范未列入的情形不能提取
    假如 日期是 "2025-03-01"
    而且 "甲" 在 "武汉市" 参加职工医保
    而且 "甲" 的个人账户余额 3000.00 元
    当 以"<理由>"为由申请提取 "甲" 的个人账户
    那么 结果是 "拒绝"
    而且 原因包括 "withdrawal_not_allowed"

    例子:
      | 理由 |
      | 跨统筹区转出 |
      | 非本地户籍离开且未在他地参保 |
      | 退休人员异地安置 |
      | 长期驻外工作 |
      | 主动放弃参加职工医保 |
      | 重大疾病 |

  @id:withdraw-matrix-371000-allowed @rule:withdrawal.reasons:1998-principle @rule:withdrawal.reasons:371000-2008 @rule:withdrawal.foreigners:decree-16 @source:ccrbs_decree_16_paraphrase @source:jxyuer_weihai_2008_10 @source:korean_net_decree_16 @source:wuhan_ybj_2022_06_16 @region:371000 @unverified
  场景大纲: 威海市：每一种可以提取的情形，以及余额如何支付
    假如 日期是 "2025-03-01"
    而且 "甲" 在 "威海市" 参加职工医保
    而且 "甲" 的个人账户余额 3000.00 元
    而且 "甲" <状态>
    而且 "甲" 是非本地户籍
    当 以"<理由>"为由申请提取 "甲" 的个人账户
    那么 结果是 "受理"
    而且 计算结果 "payout" 为 "<支付方式>"
    而且 计算结果 "paid_fen" 为 3000.00 元

    例子:
      | 理由 | 状态 | 支付方式 |
      | 参保人死亡，余额继承 | 已死亡 | heirs |
      | 出国（境）定居 | 已终止参保 | cash |
      | 外籍人员离境并书面申请终止社会保险关系 | 已终止参保 | cash |
      | 跨统筹区转出 | 已终止参保 | cash |
      | 退休人员异地安置 | 已终止参保 | cash |
      | 长期驻外工作 | 已终止参保 | cash |

  @id:withdraw-matrix-371000-refused @rule:withdrawal.reasons:1998-principle @rule:withdrawal.reasons:371000-2008 @rule:withdrawal.foreigners:decree-16 @source:ccrbs_decree_16_paraphrase @source:jxyuer_weihai_2008_10 @source:korean_net_decree_16 @source:wuhan_ybj_2022_06_16 @region:371000 @unverified
  场景大纲: 威海市：规范未列入的情形不能提取
    假如 日期是 "2025-03-01"
    而且 "甲" 在 "威海市" 参加职工医保
    而且 "甲" 的个人账户余额 3000.00 元
    当 以"<理由>"为由申请提取 "甲" 的个人账户
    那么 结果是 "拒绝"
    而且 原因包括 "withdrawal_not_allowed"

    例子:
      | 理由 |
      | 转出且转入地不接收个人账户 |
      | 非本地户籍离开且未在他地参保 |
      | 主动放弃参加职工医保 |
      | 重大疾病 |

  @id:withdraw-matrix-330100-allowed @rule:withdrawal.reasons:1998-principle @rule:withdrawal.reasons:330100-settlement @rule:withdrawal.foreigners:decree-16 @source:ccrbs_decree_16_paraphrase @source:husay_hangzhou_withdrawal @source:korean_net_decree_16 @source:wuhan_ybj_2022_06_16 @region:330100 @unverified
  场景大纲: 杭州市：每一种可以提取的情形，以及余额如何支付
    假如 日期是 "2025-03-01"
    而且 "甲" 在 "杭州市" 参加职工医保
    而且 "甲" 的个人账户余额 3000.00 元
    而且 "甲" <状态>
    而且 "甲" 是非本地户籍
    当 以"<理由>"为由申请提取 "甲" 的个人账户
    那么 结果是 "受理"
    而且 计算结果 "payout" 为 "<支付方式>"
    而且 计算结果 "paid_fen" 为 3000.00 元

    例子:
      | 理由 | 状态 | 支付方式 |
      | 参保人死亡，余额继承 | 已死亡 | heirs |
      | 出国（境）定居 | 已终止参保 | cash |
      | 外籍人员离境并书面申请终止社会保险关系 | 已终止参保 | cash |
      | 跨统筹区转出 | 已终止参保 | transfer |
      | 非本地户籍离开且未在他地参保 | 已终止参保 | cash |

  @id:withdraw-matrix-330100-refused @rule:withdrawal.reasons:1998-principle @rule:withdrawal.reasons:330100-settlement @rule:withdrawal.foreigners:decree-16 @source:ccrbs_decree_16_paraphrase @source:husay_hangzhou_withdrawal @source:korean_net_decree_16 @source:wuhan_ybj_2022_06_16 @region:330100 @unverified
  场景大纲: 杭州市：规范未列入的情形不能提取
    假如 日期是 "2025-03-01"
    而且 "甲" 在 "杭州市" 参加职工医保
    而且 "甲" 的个人账户余额 3000.00 元
    当 以"<理由>"为由申请提取 "甲" 的个人账户
    那么 结果是 "拒绝"
    而且 原因包括 "withdrawal_not_allowed"

    例子:
      | 理由 |
      | 转出且转入地不接收个人账户 |
      | 退休人员异地安置 |
      | 长期驻外工作 |
      | 主动放弃参加职工医保 |
      | 重大疾病 |

  @id:withdraw-matrix-510100-allowed @rule:withdrawal.reasons:1998-principle @rule:withdrawal.foreigners:decree-16 @source:ccrbs_decree_16_paraphrase @source:korean_net_decree_16 @source:wuhan_ybj_2022_06_16 @region:510100 @unverified
  场景大纲: 成都市：每一种可以提取的情形，以及余额如何支付
    假如 日期是 "2025-03-01"
    而且 "甲" 在 "成都市" 参加职工医保
    而且 "甲" 的个人账户余额 3000.00 元
    而且 "甲" <状态>
    而且 "甲" 是非本地户籍
    当 以"<理由>"为由申请提取 "甲" 的个人账户
    那么 结果是 "受理"
    而且 计算结果 "payout" 为 "<支付方式>"
    而且 计算结果 "paid_fen" 为 3000.00 元

    例子:
      | 理由 | 状态 | 支付方式 |
      | 参保人死亡，余额继承 | 已死亡 | heirs |
      | 外籍人员离境并书面申请终止社会保险关系 | 已终止参保 | cash |

  @id:withdraw-matrix-510100-refused @rule:withdrawal.reasons:1998-principle @rule:withdrawal.foreigners:decree-16 @source:ccrbs_decree_16_paraphrase @source:korean_net_decree_16 @source:wuhan_ybj_2022_06_16 @region:510100 @unverified
  场景大纲: 成都市：规范未列入的情形不能提取
    假如 日期是 "2025-03-01"
    而且 "甲" 在 "成都市" 参加职工医保
    而且 "甲" 的个人账户余额 3000.00 元
    当 以"<理由>"为由申请提取 "甲" 的个人账户
    那么 结果是 "拒绝"
    而且 原因包括 "withdrawal_not_allowed"

    例子:
      | 理由 |
      | 出国（境）定居 |
      | 跨统筹区转出 |
      | 转出且转入地不接收个人账户 |
      | 非本地户籍离开且未在他地参保 |
      | 退休人员异地安置 |
      | 长期驻外工作 |
      | 主动放弃参加职工医保 |
      | 重大疾病 |

  @id:edges-withdraw @rule:withdrawal.reasons:110000-passbook @rule:withdrawal.reasons:1998 @rule:withdrawal.reasons:1998-principle @rule:withdrawal.reasons:420100-lump-sum @source:64365_wuhan_lump_sum @source:fh21_beijing_2022_28 @source:wuhan_ybj_2022_06_16 @source:xiaofuline_beijing_2018 @source:markforbuffalo_1998_44
  场景大纲: 参保人死亡后的提取：规则生效前后
    假如 日期是 "<日期>"
    而且 "甲" 在 "<地区>" 参加职工医保
    而且 "甲" 的个人账户余额 3000.00 元
    而且 "甲" 已死亡
    当 以"参保人死亡，余额继承"为由申请提取 "甲" 的个人账户
    那么 结果是 "<结果>"

    @region:110000
    例子: 北京市
      | 地区 | 日期 | 结果 |
      | 北京市 | 1998-12-30 | 出错 |
      | 北京市 | 1998-12-31 | 受理 |
      | 北京市 | 2018-06-30 | 受理 |
      | 北京市 | 2018-07-01 | 受理 |

    @region:420100 @unverified
    例子: 武汉市
      | 地区 | 日期 | 结果 |
      | 武汉市 | 1998-12-30 | 出错 |
      | 武汉市 | 2022-06-15 | 受理 |

  @id:withdraw-local-rule-boundaries @rule:withdrawal.reasons:110000-passbook @rule:withdrawal.reasons:330100-settlement @rule:withdrawal.reasons:371000-2008 @rule:withdrawal.reasons:420100-lump-sum @rule:withdrawal.reasons:1998 @rule:withdrawal.reasons:1998-principle @source:fh21_beijing_2022_28 @source:husay_hangzhou_withdrawal @source:jxyuer_weihai_2008_10 @source:64365_wuhan_lump_sum @source:markforbuffalo_1998_44 @source:wuhan_ybj_2022_06_16 @unverified
  场景大纲: 地方提取规定生效前一天按全国规则（2022年6月16日前只知道继承，其他情形无法确定；此后不得提取现金），生效当天起按地方规定
    假如 日期是 "<日期>"
    而且 "甲" 在 "<地区>" 参加职工医保
    而且 "甲" 的个人账户余额 5000.00 元
    而且 "甲" 已终止参保
    当 以"<理由>"为由申请提取 "甲" 的个人账户
    那么 结果是 "<结果>"

    @region:110000
    例子: 北京市
      | 地区 | 日期 | 理由 | 结果 |
      | 北京市 | 2018-06-30 | 主动放弃参加职工医保 | 无法确定 |
      | 北京市 | 2018-07-01 | 主动放弃参加职工医保 | 受理 |

    @region:330100
    例子: 杭州市
      | 地区 | 日期 | 理由 | 结果 |
      | 杭州市 | 2022-12-30 | 跨统筹区转出 | 拒绝 |
      | 杭州市 | 2022-12-31 | 跨统筹区转出 | 受理 |

    @region:371000
    例子: 威海市
      | 地区 | 日期 | 理由 | 结果 |
      | 威海市 | 2007-12-31 | 退休人员异地安置 | 无法确定 |
      | 威海市 | 2008-01-01 | 退休人员异地安置 | 受理 |

    @region:420100
    例子: 武汉市
      | 地区 | 日期 | 理由 | 结果 |
      | 武汉市 | 2022-06-15 | 出国（境）定居 | 无法确定 |
      | 武汉市 | 2022-06-16 | 出国（境）定居 | 受理 |

  @id:withdraw-foreigner-from-decree-16 @rule:withdrawal.foreigners:decree-16 @rule:withdrawal.reasons:1998 @source:korean_net_decree_16 @source:markforbuffalo_1998_44 @region:420100 @unverified
  场景大纲: 外籍人员离境一次性支付的规定自2011年10月15日起施行
    假如 日期是 "<日期>"
    而且 "甲" 在 "武汉市" 参加职工医保
    而且 "甲" 的个人账户余额 3000.00 元
    而且 "甲" 已终止参保
    当 以"外籍人员离境并书面申请终止社会保险关系"为由申请提取 "甲" 的个人账户
    那么 结果是 "<结果>"

    例子:
      | 日期 | 结果 |
      | 2011-10-14 | 无法确定 |
      | 2011-10-15 | 受理 |

  @id:withdraw-beijing-passbook-from-reform @rule:withdrawal.reasons:110000-2022-09 @source:b4dc4_beijing_daily_2022_08_19 @region:110000
  场景: 北京改革当天起，既有存折资金按单独的情形支取
    假如 日期是 "2022-09-01"
    而且 "甲" 在 "北京市" 参加职工医保
    而且 "甲" 的个人账户余额 6000.00 元
    而且 "甲" 的存折资金余额 1200.00 元
    当 以"既有存折资金支取"为由申请提取 "甲" 的个人账户
    那么 结果是 "受理"
    而且 计算结果 "paid_fen" 为 1200.00 元

  @id:guangdong-one-account-from @rule:withdrawal.reasons:440000-one-account @source:keniuxy_sztqb_guangdong_account @region:440100
  场景: 广东“一个账户”的规定生效当天，省内转移不能提现，依据的是广东的规定
    假如 日期是 "2025-11-30"
    而且 "甲" 在 "广州市" 参加职工医保
    而且 "甲" 的个人账户余额 6000.00 元
    当 以"省内跨统筹区转移"为由申请提取 "甲" 的个人账户
    那么 结果是 "拒绝"
    而且 原因包括 "withdrawal_not_allowed"
    而且 依据的规则包括 "withdrawal.reasons@440000-one-account"
