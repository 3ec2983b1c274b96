# language: zh-CN
功能: 无效案例必须出错，并指出出错的位置
  案例格式（docs/cases.md）是合约的一部分：金额是不小于 1 的整数分，余额是整数分（透支时为负），时间是真实的时刻，
  地区、人员、费用类别、提取理由和各项取值都必须在词表之内，必填项不可缺少。
  对无效案例，实现必须给出“出错”，并用 JSON 路径指出案例中出错的部分，而不是照常受理或拒绝。

  @id:invalid-settle @rule:usage.categories @source:wenxiaobai_2021_14 @region:420100
  场景大纲: 结算案例中 <位置> 无效（<说明>）
    假如 日期是 "2025-03-01"
    而且 "甲" 在 "武汉市" 参加职工医保
    而且 "甲" 的个人账户余额 1000.00 元
    而且 "乙" 在 "武汉市" 参加职工医保
    而且 "乙" 是 "甲" 的父母
    当 "甲" 在定点零售药店购药 100.00 元
    而且 案例中 "<位置>" 改为 <值>
    那么 结果是 "出错"
    而且 出错位置是 "<位置>"

    例子:
      | 位置                              | 值                            | 说明                 |
      | $.action.amount_fen               | 0                             | 金额至少 1 分        |
      | $.action.amount_fen               | -100                          | 金额为负             |
      | $.action.amount_fen               | 100.5                         | 金额不是整数分       |
      | $.action.amount_fen               | "100"                         | 金额是字符串         |
      | $.region                          | "999999"                      | 未知地区             |
      | $.persons[0].insured_region       | "999999"                      | 未知参保地           |
      | $.persons[0].scheme               | "commercial"                  | 未知险种             |
      | $.persons[0].status               | "retired"                     | 未知参保状态         |
      | $.persons[0].accounts.personal    | 10.5                          | 余额不是整数分       |
      | $.case_version                    | 3                             | 未知的案例版本       |
      | $.action.patient                  | "丁"                          | 未知患者             |
      | $.action.credential.holder        | "丁"                          | 凭证持有人不在案例中 |
      | $.action.category                 | "lottery"                     | 未知费用类别         |
      | $.action.venue                    | "casino"                      | 未知结算场所         |
      | $.action.kind                     | "gamble"                      | 未知业务种类         |
      | $.relations[0].person             | "丁"                          | 亲属关系中人员未知   |
      | $.relations[0].relationship       | "neighbour"                   | 未知亲属关系         |
      | $.as_of                           | "2025-02-30T10:00:00+08:00"   | 不存在的日期         |

  @id:invalid-settle-missing @rule:usage.categories @source:wenxiaobai_2021_14 @region:420100
  场景大纲: 结算案例缺少必填项 <删去>
    假如 日期是 "2025-03-01"
    而且 "甲" 在 "武汉市" 参加职工医保
    而且 "甲" 的个人账户余额 1000.00 元
    当 "甲" 在定点零售药店购药 100.00 元
    而且 案例中删去 "<删去>"
    那么 结果是 "出错"
    而且 出错位置是 "<位置>"

    例子:
      | 删去                       | 位置            |
      | $.action.amount_fen        | $.action        |
      | $.action.patient           | $.action        |
      | $.persons[0].scheme        | $.persons[0]    |
      | $.persons[0].status        | $.persons[0]    |

  @id:invalid-withdraw-reason @rule:withdrawal.reasons:1998-principle @source:wuhan_ybj_2022_06_16 @region:420100
  场景: 提取理由不在词表中
    假如 日期是 "2025-03-01"
    而且 "甲" 在 "武汉市" 参加职工医保
    而且 "甲" 的个人账户余额 1000.00 元
    当 以"参保人死亡，余额继承"为由申请提取 "甲" 的个人账户
    而且 案例中 "$.action.reason" 改为 "bored"
    那么 结果是 "出错"
    而且 出错位置是 "$.action.reason"
