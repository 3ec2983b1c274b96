# language: zh-CN
功能: 五个城市的地方规定：上海、广州、杭州、南京、成都
  上海：2021年4月27日起可用个人账户为本人及配偶、父母、子女等直系亲属缴纳沪惠保。
  广东（含广州）：省内转移参保关系时个人账户不划转、不提现，全省通用。
  杭州：非免疫规划疫苗只能由本人的历年资金支付，不能由家庭共济的账户支付。
  广州的穗岁康、成都的惠蓉保能否由个人账户支付，南京的地方规定，以及五城的扣款顺序，都没有找到可引用的来源。

  @id:shanghai-huhuibao @rule:usage.commercial_insurance:310000-2021-04 @source:shine_2021_04_27_huhuibao @region:310000 @claim:004_89b2314bdd81a935:c01_commercial_shanghai_guangzhou
  场景大纲: 上海自2021年4月27日起可用个人账户为家人缴纳沪惠保
    假如 日期是 "<日期>"
    而且 "甲" 在 "上海市" 参加职工医保
    而且 "甲" 的个人账户余额 1000.00 元
    而且 "乙" 在 "上海市" 参加居民医保
    而且 "乙" 是 "甲" 的<关系>
    当 "甲" 用个人账户为 "乙" 支付普惠型商业医疗保险保费 115.00 元
    那么 结果是 "<结果>"
    而且 原因包括 "<原因>"

    例子:
      | 日期 | 关系 | 结果 | 原因 |
      | 2021-04-26 | 父母 | 拒绝 | category_not_listed |
      | 2021-04-27 | 父母 | 受理 | category_allowed |
      | 2021-05-01 | 兄弟姐妹 | 拒绝 | relationship_not_in_scope |
      | 2025-01-01 | 兄弟姐妹 | 受理 | category_allowed |

  @id:shanghai-huhuibao-balance @rule:usage.commercial_insurance:310000-2021-04 @source:shine_2021_04_27_huhuibao @region:310000
  场景大纲: 沪惠保保费不能超过个人账户余额
    假如 日期是 "2022-05-01"
    而且 "甲" 在 "上海市" 参加职工医保
    而且 "甲" 的个人账户余额 <余额> 元
    当 "甲" 用个人账户为 "甲" 支付普惠型商业医疗保险保费 115.00 元
    那么 结果是 "<结果>"

    例子:
      | 余额 | 结果 |
      | 115.00 | 受理 |
      | 114.99 | 拒绝 |

  @id:guangdong-one-account @rule:withdrawal.reasons:440000-one-account @source:keniuxy_sztqb_guangdong_account @region:440100
  场景: 广州参保人转往省内其他城市，个人账户余额不提现、不划转
    假如 日期是 "2026-03-01"
    而且 "甲" 在 "广州市" 参加职工医保
    而且 "甲" 的个人账户余额 6000.00 元
    当 以"省内跨统筹区转移"为由申请提取 "甲" 的个人账户
    那么 结果是 "拒绝"
    而且 原因包括 "withdrawal_not_allowed"

  @id:hangzhou-vaccine-holder-only @rule:usage.categories:330100-2022-12 @rule:family_aid.shared_funds:330100-2022-12 @source:kidbbs_hangzhou_2022_12 @region:330100 @claim:003_8af347fd5e072c48:c04_vaccines
  场景: 杭州的自费疫苗只能由本人账户支付，家庭共济的账户不付（文章说可为孩子支付）
    假如 日期是 "2025-03-01"
    而且 "甲" 在 "杭州市" 参加职工医保
    而且 "甲" 的历年资金余额 2000.00 元
    而且 "乙" 在 "杭州市" 参加居民医保
    而且 "乙" 是 "甲" 的子女
    而且 "甲" 已为 "乙" 办理家庭共济
    当 "乙" 在定点医疗机构支付非免疫规划疫苗 800.00 元
    那么 结果是 "受理"
    而且 原因包括 "category_not_for_family"
    而且 不动用 "甲" 的账户
    而且 现金支付 800.00 元
