import Foundation

/// Texts of the kind Chinese IP judgments contain, each with what the redactor must remove or keep.
///
/// Follows 最高人民法院关于人民法院在互联网公布裁判文书的规定（法释〔2016〕19号）, Arts. 8–11: natural persons'
/// home addresses, ID numbers, telephone numbers, bank accounts, e-mail addresses, vehicle plates and
/// real-estate certificate numbers are removed; organisations' addresses, court names, statutes, case
/// numbers, patent numbers, amounts and dates stay. All persons, numbers and addresses are made up.
public enum RedactionTable {
    /// A personal datum inside a sentence: `secret` must not appear in the redacted text.
    public struct Removal: Sendable {
        public let kind: String
        public let text: String
        public let secret: String
        public init(kind: String, text: String, secret: String) { self.kind = kind; self.text = text; self.secret = secret }
    }
    /// A sentence with something that only looks personal: `kept` must appear unchanged.
    public struct LookAlike: Sendable {
        public let text: String
        public let kept: String
        public init(text: String, kept: String) { self.text = text; self.kept = kept }
    }

    public static let removals: [Removal] = [
        // Telephone numbers of natural persons: mobiles and landlines, in the forms parties write them.
        .init(kind: "phone", text: "被告张某，男，1982年3月5日出生，汉族，联系电话13812345678。", secret: "13812345678"),
        .init(kind: "phone", text: "原审原告李某提交的《律师函》载明其手机号码为139-1234-5678，并要求被告停止销售被诉侵权产品。", secret: "139-1234-5678"),
        .init(kind: "phone", text: "上诉人王某某在庭审中称，其曾通过手机 186 0123 4567 与被上诉人的业务员联系购买涉案产品。", secret: "186 0123 4567"),
        .init(kind: "phone", text: "被上诉人刘某，男，1975年6月12日出生，汉族，个体工商户，电话：+86 135 0012 3456。", secret: "+86 135 0012 3456"),
        .init(kind: "phone", text: "微信聊天记录显示，赵某的联系方式为+86-15912345678，其在对话中确认了被诉侵权产品的报价。", secret: "+86-15912345678"),
        .init(kind: "phone", text: "公证书记载，公证员拨打0086 17712345678号码，接听人自称为被告钱某。", secret: "0086 17712345678"),
        .init(kind: "phone", text: "原审被告周某，女，1968年9月2日出生，汉族，住宅电话010-62345678。", secret: "010-62345678"),
        .init(kind: "phone", text: "证人郑某当庭陈述，其固定电话为(010)82345678，案发期间一直由其本人使用。", secret: "(010)82345678"),
        .init(kind: "phone", text: "上诉人冯某在一审中提交的送达地址确认书载明联系电话为（0755）87654321。", secret: "（0755）87654321"),
        .init(kind: "phone", text: "公证书第3页记载了被上诉人陈某的家庭电话0755 8765 4321。", secret: "0755 8765 4321"),
        .init(kind: "phone", text: "原审第三人褚某在送达地址确认书中填写的联系电话为021-6123 4567 转 808，后该号码停用。", secret: "021-6123 4567"),
        .init(kind: "phone", text: "被告卫某在其网店“联系我们”栏中留有个人手机号码１３８１２３４５６７８。", secret: "１３８１２３４５６７８"),
        .init(kind: "phone", text: "上诉人朱某，男，1990年4月8日出生，汉族，手机号码：18912345678。", secret: "18912345678"),
        .init(kind: "phone", text: "原告秦某在起诉状中载明的联系电话为 13312345678，送达地址为其户籍地。", secret: "13312345678"),
        .init(kind: "phone", text: "另查明，尤某于2020年5月通过手机号17612345678注册了涉案网络店铺。", secret: "17612345678"),
        .init(kind: "phone", text: "原审被告何某的家庭住宅电话为0731-8123456，其妻子曾接听原告的电话。", secret: "0731-8123456"),
        .init(kind: "phone", text: "被告施某出具的收条落款处写有“手机：139 8765 4321”字样。", secret: "139 8765 4321"),
        .init(kind: "phone", text: "Respondent Jiang, male, born on 12 May 1979, Tel: 13698765432.", secret: "13698765432"),
        .init(kind: "phone", text: "The witness, Ms. Shen, stated that she could be reached by telephone at +86 137 2468 1357.", secret: "+86 137 2468 1357"),
        .init(kind: "phone", text: "Appellant Han provided his mobile phone number, 150-1234-5678, in the confirmation of the address for service.", secret: "150-1234-5678"),
        .init(kind: "phone", text: "The notarial certificate records that the notary dialled 0571-87654321, the home telephone of the defendant Yang.", secret: "0571-87654321"),
        .init(kind: "phone", text: "The delivery note bears the recipient's details: Lü, phone 13512345678.", secret: "13512345678"),

        // Resident identity card numbers: 18-digit, 15-digit (first generation), spaced and full-width.
        .init(kind: "idNumber", text: "被上诉人（原审原告）张某，男，1990年3月7日出生，汉族，公民身份号码110101199003071234。", secret: "110101199003071234"),
        .init(kind: "idNumber", text: "上诉人（原审被告）李某，女，1985年12月30日出生，汉族，身份证号码44030419851230123X。", secret: "44030419851230123X"),
        .init(kind: "idNumber", text: "原审第三人王某，男，1992年2月28日出生，汉族，身份证号32010219920228451x。", secret: "32010219920228451x"),
        .init(kind: "idNumber", text: "被告赵某，男，1990年3月7日出生，身份证号110101900307123（第一代居民身份证）。", secret: "110101900307123"),
        .init(kind: "idNumber", text: "原告钱某，女，1978年6月15日出生，汉族，公民身份号码330106 19780615 0027。", secret: "330106 19780615 0027"),
        .init(kind: "idNumber", text: "被告孙某，男，1987年9月9日出生，汉族，身份证号码５１０１０７１９８７０９０９３８２Ｘ。", secret: "５１０１０７１９８７０９０９３８２Ｘ"),
        .init(kind: "idNumber", text: "经查，涉案域名的注册人为郑某，其注册时提交的身份证号码为61011319830518294X。", secret: "61011319830518294X"),
        .init(kind: "idNumber", text: "公证书所附购货人身份证复印件显示，购货人冯某的公民身份号码为350203199507213189。", secret: "350203199507213189"),
        .init(kind: "idNumber", text: "陈某的居民身份证号码为210102690302105（旧版十五位号码），与其在工商登记中填写的一致。", secret: "210102690302105"),
        .init(kind: "idNumber", text: "被告褚某，男，1988年11月11日出生，汉族，身份证号：13010219881111732X，系某某五金店经营者。", secret: "13010219881111732X"),
        .init(kind: "idNumber", text: "卫某（身份证号430104199108162362）与某某科技有限公司签订的劳动合同中约定了保密义务。", secret: "430104199108162362"),
        .init(kind: "idNumber", text: "原审被告沈某，女，1993年4月14日出生，汉族，身份证号码 310115 19930414 8877 。", secret: "310115 19930414 8877"),
        .init(kind: "idNumber", text: "被上诉人韩某，男，1986年6月27日出生，汉族，公民身份号码：500103198606275519。", secret: "500103198606275519"),
        .init(kind: "idNumber", text: "证人杨某提交的书面证言后附其身份证复印件，号码为440106197902232140。", secret: "440106197902232140"),
        .init(kind: "idNumber", text: "被告许某，男，1969年3月2日出生，汉族，身份证号码210102196903021051，无固定职业。", secret: "210102196903021051"),
        .init(kind: "idNumber", text: "Appellant Zhou, male, born on 12 April 1975, Han nationality, ID No. 370202197504126635.", secret: "370202197504126635"),
        .init(kind: "idNumber", text: "Appellee Wu (resident identity card number: 420106200101014574), a university student, registered the online shop.", secret: "420106200101014574"),
        .init(kind: "idNumber", text: "The defendant Jiang, holder of resident identity card No. 110108196610010433, did not appear at the hearing.", secret: "110108196610010433"),

        // E-mail addresses of natural persons.
        .init(kind: "email", text: "被告张某在其个人网店页面公示的联系邮箱为zhangsan@example.com。", secret: "zhangsan@example.com"),
        .init(kind: "email", text: "原告李某于2020年3月5日通过其个人电子邮箱li.si+ip@mail.example.cn向被告发送了侵权警告函。", secret: "li.si+ip@mail.example.cn"),
        .init(kind: "email", text: "双方往来邮件显示，王某使用的个人邮箱为WANG_Wu@Example.COM。", secret: "WANG_Wu@Example.COM"),
        .init(kind: "email", text: "赵某在微博私信中留下的电子邮箱为zhaoliu＠example.com。", secret: "zhaoliu＠example.com"),
        .init(kind: "email", text: "被上诉人周某在送达地址确认书中同意以电子邮件方式送达，电子邮箱：zhou.xm@example.com.cn。", secret: "zhou.xm@example.com.cn"),
        .init(kind: "email", text: "证人吴某称，其曾以邮箱wu2019@mail.example.com向涉案公司投递简历。", secret: "wu2019@mail.example.com"),
        .init(kind: "email", text: "郑某在起诉状中留存的电子邮箱为zheng-qiang@example.cn，本院据此向其送达了开庭传票。", secret: "zheng-qiang@example.cn"),
        .init(kind: "email", text: "涉案软件源代码的注释中留有开发者陈某的个人邮箱chen.dev@example.org。", secret: "chen.dev@example.org"),
        .init(kind: "email", text: "卫某于2019年7月1日以其私人邮箱 weiyi_88@example.com 将涉案技术图纸发送至其新任职单位。", secret: "weiyi_88@example.com"),
        .init(kind: "email", text: "邮箱地址：Jiang.Hao@Example.cn（上诉人蒋某个人使用）。", secret: "Jiang.Hao@Example.cn"),
        .init(kind: "email", text: "沈某注册涉案账户时使用的邮箱为875612340@example.com。", secret: "875612340@example.com"),
        .init(kind: "email", text: "The appellant, Qian, received the cease-and-desist letter at his personal e-mail address qian.mou1985@example.org.", secret: "qian.mou1985@example.org"),
        .init(kind: "email", text: "E-mail: sun_lei@example.net was given as the contact of the individual seller Sun.", secret: "sun_lei@example.net"),
        .init(kind: "email", text: "The second appellee, Feng, asked to be served by e-mail at Feng.M@Example.com.", secret: "Feng.M@Example.com"),

        // Bank accounts and card numbers of natural persons.
        .init(kind: "bankAccount", text: "上诉人张某申请将执行款支付至其个人账户，开户行：中国工商银行北京海淀支行，账号：6222 0212 3456 7890 123。", secret: "6222 0212 3456 7890 123"),
        .init(kind: "bankAccount", text: "被告李某收取货款所使用的银行卡号为6217003860001234567。", secret: "6217003860001234567"),
        .init(kind: "bankAccount", text: "户名：王某；开户行：中国农业银行杭州西湖支行；账号：6228480321234567819。", secret: "6228480321234567819"),
        .init(kind: "bankAccount", text: "转账凭证显示，买方将货款汇入赵某个人银行账户6214 8301 2345 6789。", secret: "6214 8301 2345 6789"),
        .init(kind: "bankAccount", text: "钱某以其信用卡（卡号6259651234567890）支付了公证购买的费用。", secret: "6259651234567890"),
        .init(kind: "bankAccount", text: "孙某在中国建设银行开立的个人银行账户（账号43050112345678901）收取了全部货款。", secret: "43050112345678901"),
        .init(kind: "bankAccount", text: "郑某名下招商银行卡号：6214831234567891。", secret: "6214831234567891"),
        .init(kind: "bankAccount", text: "冯某的收款账号为 6230 5800 0012 3456 789（平安银行深圳分行）。", secret: "6230 5800 0012 3456 789"),
        .init(kind: "bankAccount", text: "被告陈某经营的网店绑定的提现银行卡卡号为6217 8560 0001 2345 678。", secret: "6217 8560 0001 2345 678"),
        .init(kind: "bankAccount", text: "褚某提供的收款信息为：开户行中国邮政储蓄银行南京鼓楼支行，账号6217 9930 0012 3456 78。", secret: "6217 9930 0012 3456 78"),
        .init(kind: "bankAccount", text: "卫某于2021年3月2日通过银行账户6216 6100 0001 2345 678向沈某转账人民币20,000元。", secret: "6216 6100 0001 2345 678"),
        .init(kind: "bankAccount", text: "The payment was made into Zhou's personal account at the Bank of China, account No. 6013821234567890123.", secret: "6013821234567890123"),
        .init(kind: "bankAccount", text: "The bank statement shows that Wu received the money on card number 6225 8812 3456 7890.", secret: "6225 8812 3456 7890"),
        .init(kind: "bankAccount", text: "Account: 6222 6002 1000 1234 567 (Bank of Communications, held by Wei).", secret: "6222 6002 1000 1234 567"),

        // Home addresses of natural persons: the part that identifies the home (road, number, room).
        .init(kind: "homeAddress", text: "被告张某，男，1980年1月1日出生，汉族，住浙江省杭州市西湖区文三路123号4幢2单元501室。", secret: "文三路123号4幢2单元501室"),
        .init(kind: "homeAddress", text: "上诉人（原审被告）李某，女，1972年5月8日出生，汉族，住江苏省南京市鼓楼区中山北路256号3栋1202室。", secret: "中山北路256号3栋1202室"),
        .init(kind: "homeAddress", text: "被上诉人王某，男，1965年10月3日出生，汉族，户籍地河南省周口市郸城县汲冢镇王庄村3组45号。", secret: "王庄村3组45号"),
        .init(kind: "homeAddress", text: "原审第三人赵某，男，1988年7月19日出生，汉族，现住广东省深圳市宝安区西乡街道碧海花园12栋703房。", secret: "碧海花园12栋703房"),
        .init(kind: "homeAddress", text: "证人钱某称其家住北京市朝阳区望京西园三区312号楼6单元1101号，与被告系邻居。", secret: "望京西园三区312号楼6单元1101号"),
        .init(kind: "homeAddress", text: "原告孙某，男，1979年2月14日出生，汉族，住所地四川省成都市武侯区玉林北路17号附2号。", secret: "玉林北路17号附2号"),
        .init(kind: "homeAddress", text: "被告周某（个体工商户“周记五金店”经营者），住址：山东省青岛市市南区香港中路88号2号楼1单元302户。", secret: "香港中路88号2号楼1单元302户"),
        .init(kind: "homeAddress", text: "被上诉人吴某，女，1990年12月1日出生，汉族，住上海市浦东新区张江镇汤臣豪园二期18号楼502室。", secret: "汤臣豪园二期18号楼502室"),
        .init(kind: "homeAddress", text: "原审被告郑某，男，1970年6月6日出生，汉族，农民，住河北省保定市清苑区臧村镇东杨村一组27号。", secret: "东杨村一组27号"),
        .init(kind: "homeAddress", text: "上诉人冯某，男，1983年8月8日出生，汉族，户籍地湖南省长沙市岳麓区桐梓坡路118号金星小区5栋2单元801室。", secret: "桐梓坡路118号金星小区5栋2单元801室"),
        .init(kind: "homeAddress", text: "原告褚某，女，1995年5月5日出生，汉族，学生，住福建省厦门市思明区莲前西路双涵花园B区8号楼303室。", secret: "双涵花园B区8号楼303室"),
        .init(kind: "homeAddress", text: "被告卫某，男，1962年1月20日出生，汉族，住重庆市渝中区解放碑民族路168号21-3。", secret: "民族路168号21-3"),
        .init(kind: "homeAddress", text: "公证书记载，公证人员随同申请人的代理人前往被告蒋某位于辽宁省沈阳市和平区南京南街1号2-3-1的住所进行证据保全。", secret: "南京南街1号2-3-1"),
        .init(kind: "homeAddress", text: "被上诉人沈某，男，1977年9月9日出生，汉族，户籍地安徽省阜阳市颍上县谢桥镇李庄村前李组16号。", secret: "李庄村前李组16号"),
        .init(kind: "homeAddress", text: "原审被告韩某，女，1986年4月4日出生，汉族，现住天津市南开区华苑小区居华里7号楼3门402号。", secret: "居华里7号楼3门402号"),
        .init(kind: "homeAddress", text: "被上诉人杨某，男，1955年11月30日出生，汉族，住湖北省武汉市洪山区关山大道光谷天地3期C3栋1808室。", secret: "光谷天地3期C3栋1808室"),
        .init(kind: "homeAddress", text: "朱某自述其家住云南省昆明市官渡区小板桥街道云溪村78号，被诉侵权产品系在其家中加工。", secret: "云溪村78号"),
        .init(kind: "homeAddress", text: "Appellee Chen, male, born on 3 March 1981, Han nationality, residing at Room 501, Unit 2, Building 4, 123 Wensan Road, Xihu District, Hangzhou.", secret: "Room 501, Unit 2, Building 4, 123 Wensan Road"),

        // Vehicle plates: ordinary, new-energy (D/F), with middle dot, hyphen or space.
        .init(kind: "vehiclePlate", text: "公证员对被告张某驾驶的京A12345号小型轿车后备箱内的被诉侵权产品进行了拍照。", secret: "京A12345"),
        .init(kind: "vehiclePlate", text: "监控录像显示，被诉侵权产品由李某名下车牌号为粤B·D12345的新能源小汽车运送至仓库。", secret: "粤B·D12345"),
        .init(kind: "vehiclePlate", text: "王某驾驶沪C-88888号车辆将涉案设备运往江苏省昆山市。", secret: "沪C-88888"),
        .init(kind: "vehiclePlate", text: "执法人员在赵某所有的浙A 1B2C3号轿车内查获假冒注册商标的商品共计200件。", secret: "浙A 1B2C3"),
        .init(kind: "vehiclePlate", text: "钱某名下登记的车牌号码为粤BD67890的电动汽车被用于运输涉案产品。", secret: "粤BD67890"),
        .init(kind: "vehiclePlate", text: "孙某驾驶的川A56789D号新能源货车在高速公路收费站被拦截。", secret: "川A56789D"),
        .init(kind: "vehiclePlate", text: "周某于2020年8月6日驾驶鲁B 8M123号面包车到被上诉人门店提货。", secret: "鲁B 8M123"),
        .init(kind: "vehiclePlate", text: "吴某名下冀A·3Z8K9号小型普通客车的行驶证复印件附卷。", secret: "冀A·3Z8K9"),
        .init(kind: "vehiclePlate", text: "证人证实，郑某驾驶的闽D·2K345号小汽车曾多次停放在被告工厂门口。", secret: "闽D·2K345"),
        .init(kind: "vehiclePlate", text: "陈某名下陕AF56789号车辆已被本院依法查封。", secret: "陕AF56789"),
        .init(kind: "vehiclePlate", text: "褚某驾驶京N-7H5J3号轿车将样品送至检测机构。", secret: "京N-7H5J3"),
        .init(kind: "vehiclePlate", text: "卫某驾驶的黑A·B2345号轿车内存放有涉案模具图纸。", secret: "黑A·B2345"),
        .init(kind: "vehiclePlate", text: "Surveillance footage shows that Wu's car, plate number 苏E·5F6G7, left the warehouse at 10 p.m.", secret: "苏E·5F6G7"),
        .init(kind: "vehiclePlate", text: "The goods were delivered in a van registered to the defendant Yang under plate 豫A 6B789.", secret: "豫A 6B789"),

        // Real-estate and property certificate numbers of natural persons.
        .init(kind: "propertyCertificate", text: "被告张某名下位于北京市朝阳区的房屋（不动产权证书号：京(2019)朝阳区不动产权第0012345号）已被本院查封。", secret: "京(2019)朝阳区不动产权第0012345号"),
        .init(kind: "propertyCertificate", text: "李某以其所有的房屋为财产保全提供担保，房产证号X京房权证朝字第123456号。", secret: "X京房权证朝字第123456号"),
        .init(kind: "propertyCertificate", text: "王某名下房屋的房屋所有权证号：杭房权证西移字第12345678号。", secret: "杭房权证西移字第12345678号"),
        .init(kind: "propertyCertificate", text: "担保人赵某以其名下不动产（沪(2020)浦东新区不动产权第012345号）提供担保。", secret: "沪(2020)浦东新区不动产权第012345号"),
        .init(kind: "propertyCertificate", text: "钱某以粤（2018）深圳市不动产权第0123456号不动产作为诉讼保全的担保财产。", secret: "粤（2018）深圳市不动产权第0123456号"),
        .init(kind: "propertyCertificate", text: "孙某名下深房地字第3000123456号房地产证项下的房产已被依法查封。", secret: "深房地字第3000123456号"),
        .init(kind: "propertyCertificate", text: "周某提交的不动产权证书（浙（2021）杭州市不动产权第0098765号）显示，其为该房屋唯一权利人。", secret: "浙（2021）杭州市不动产权第0098765号"),
        .init(kind: "propertyCertificate", text: "吴某名下房产的不动产权证书号为苏（2017）宁鼓不动产权第0012345号。", secret: "苏（2017）宁鼓不动产权第0012345号"),
        .init(kind: "propertyCertificate", text: "本院依法冻结了郑某名下川（2019）成都市不动产权第0456789号不动产。", secret: "川（2019）成都市不动产权第0456789号"),
        .init(kind: "propertyCertificate", text: "冯某以其宅基地上的房屋作为担保，集体土地使用证号为保集用（2010）字第0456号。", secret: "保集用（2010）字第0456号"),
        .init(kind: "propertyCertificate", text: "褚某名下房屋的房地产权证编号为沪房地浦字（2008）第012345号。", secret: "沪房地浦字（2008）第012345号"),
        .init(kind: "propertyCertificate", text: "卫某以其名下编号为X京房权证海字第654321号的房屋所有权证提供担保。", secret: "X京房权证海字第654321号"),
        .init(kind: "propertyCertificate", text: "Chen offered his flat, real estate title certificate No. 京(2019)朝阳区不动产权第0067890号, as security for the preservation.", secret: "京(2019)朝阳区不动产权第0067890号"),
        .init(kind: "propertyCertificate", text: "The guarantor, Shen, pledged the flat under Real Estate Certificate No. Hu (2020) Pudong New Area Real Estate Right No. 0054321.", secret: "Hu (2020) Pudong New Area Real Estate Right No. 0054321"),

        // Minors (Art. 8(3), Art. 10): a child's name where the text says a child is meant, the
        // school and class a child attends, a pupil's registry number.
        .init(kind: "minorInformation", text: "被告李某称，涉案店铺系其子李晓东（2009年3月出生）以其名义注册。", secret: "李晓东"),
        .init(kind: "minorInformation", text: "原告提交的视频显示，未成年人王小雨，现年12岁，在直播中使用了涉案美术作品。", secret: "王小雨"),
        .init(kind: "minorInformation", text: "证据显示，被告之女陈思琪，系在校学生，曾在其朋友圈转发涉案广告；陈思琪当时未满十六周岁。", secret: "陈思琪"),
        .init(kind: "minorInformation", text: "年仅14岁的张子涵于2020年5月在某平台上传了涉案短视频。", secret: "张子涵"),
        .init(kind: "minorInformation", text: "被告刘某的儿子刘浩然，就读于杭州市西湖区文三街小学四年级二班。", secret: "文三街小学四年级二班"),
        .init(kind: "minorInformation", text: "被上诉人述称，涉案账号的实际使用人为其外孙女周雨桐，系南京市鼓楼区某某中学初二学生。", secret: "周雨桐"),
        .init(kind: "minorInformation", text: "涉案作品的作者为赵某某，系北京市海淀区实验小学三年级学生。", secret: "北京市海淀区实验小学三年级"),
        .init(kind: "minorInformation", text: "该学生的全国中小学生学籍号为G110108201105150023，与其身份证号码对应。", secret: "G110108201105150023"),
        .init(kind: "minorInformation", text: "According to the defendant, the shop was registered by her son, Wang Haoran, who was 15 at the time.", secret: "Haoran"),
        .init(kind: "minorInformation", text: "The drawing was made by a pupil at Haidian Experimental Primary School, Grade 3, who later posted it online.", secret: "Haidian Experimental Primary School"),
    ]

    public static let lookAlikes: [LookAlike] = [
        // Addresses of organisations, courts and public bodies.
        .init(text: "原告某某科技有限公司，住所地广东省深圳市南山区科技园科苑路15号。", kept: "广东省深圳市南山区科技园科苑路15号"),
        .init(text: "上诉人（原审被告）：深圳市某某通信技术有限公司，住所地广东省深圳市龙岗区坂田街道雪岗路2018号天安云谷一期3栋A座1201。", kept: "广东省深圳市龙岗区坂田街道雪岗路2018号天安云谷一期3栋A座1201"),
        .init(text: "被告某某电器股份有限公司北京分公司，营业场所北京市海淀区中关村大街27号1101室。", kept: "北京市海淀区中关村大街27号1101室"),
        .init(text: "原审被告上海某某贸易合伙企业（有限合伙），主要经营场所上海市嘉定区安亭镇墨玉路185号1层J1234室。", kept: "上海市嘉定区安亭镇墨玉路185号1层J1234室"),
        .init(text: "第三人某某生物医药有限公司，注册地址江苏省苏州市工业园区星湖街218号生物医药产业园B2楼501单元。", kept: "江苏省苏州市工业园区星湖街218号生物医药产业园B2楼501单元"),
        .init(text: "被上诉人（原审原告）：某某（中国）投资有限公司，住所地上海市浦东新区陆家嘴环路1000号30楼。", kept: "上海市浦东新区陆家嘴环路1000号30楼"),
        .init(text: "上诉人：杭州某某网络科技有限公司，住所地浙江省杭州市滨江区长河街道网商路699号4号楼5楼506室。", kept: "浙江省杭州市滨江区长河街道网商路699号4号楼5楼506室"),
        .init(text: "原告：北京某某医疗器械有限公司，住所地北京市北京经济技术开发区科创十三街18号院7号楼2层201。", kept: "北京市北京经济技术开发区科创十三街18号院7号楼2层201"),
        .init(text: "被告：成都某某食品有限公司，住所地四川省成都市温江区海峡两岸科技产业开发园区新华大道二段588号。", kept: "四川省成都市温江区海峡两岸科技产业开发园区新华大道二段588号"),
        .init(text: "被告某某超市有限公司南京新街口店，经营场所江苏省南京市秦淮区中山南路1号B1层。", kept: "江苏省南京市秦淮区中山南路1号B1层"),
        .init(text: "本院地址：北京市东城区东交民巷27号，邮政编码100745。", kept: "北京市东城区东交民巷27号"),
        .init(text: "公证员在北京市公安局海淀分局中关村派出所（北京市海淀区中关村南大街甲8号）调取了报警记录。", kept: "北京市海淀区中关村南大街甲8号"),
        .init(text: "上海市公安局浦东分局张江派出所，地址上海市浦东新区张江路668号，出具了接报回执单。", kept: "上海市浦东新区张江路668号"),
        .init(text: "涉案技术鉴定由清华大学（北京市海淀区清华园1号）组织专家进行。", kept: "北京市海淀区清华园1号"),
        .init(text: "北京大学第三医院（北京市海淀区花园北路49号）出具的临床试验报告显示，被诉药品的生物等效性符合要求。", kept: "北京市海淀区花园北路49号"),
        .init(text: "国家知识产权局（北京市海淀区蓟门桥西土城路6号）于2020年4月3日作出第43210号无效宣告请求审查决定。", kept: "北京市海淀区蓟门桥西土城路6号"),
        .init(text: "深圳海关（广东省深圳市福田区福强路1011号）依权利人申请扣留了涉嫌侵权货物。", kept: "广东省深圳市福田区福强路1011号"),
        .init(text: "Appellee Example Networks Inc., whose registered office is at 2711 Centerville Road, Suite 400, Wilmington, Delaware 19808, United States.", kept: "2711 Centerville Road, Suite 400, Wilmington, Delaware 19808"),
        .init(text: "Appellant: Shenzhen Mou Communication Technology Co., Ltd., domiciled at 15 Keyuan Road, Nanshan District, Shenzhen, Guangdong Province.", kept: "15 Keyuan Road, Nanshan District, Shenzhen, Guangdong Province"),

        // Court names.
        .init(text: "上诉人不服北京知识产权法院一审判决，向最高人民法院知识产权法庭提起上诉。", kept: "最高人民法院知识产权法庭"),
        .init(text: "本案由北京知识产权法院于2021年6月1日作出一审判决。", kept: "北京知识产权法院"),
        .init(text: "江苏省南京市中级人民法院于2020年9月8日作出的一审判决认定事实清楚。", kept: "江苏省南京市中级人民法院"),
        .init(text: "The appeal was heard by the Intellectual Property Tribunal of the Supreme People's Court.", kept: "Intellectual Property Tribunal of the Supreme People's Court"),

        // Statutes and judicial interpretations.
        .init(text: "依照《中华人民共和国专利法》第六十五条的规定，被告应当赔偿原告的经济损失。", kept: "《中华人民共和国专利法》第六十五条"),
        .init(text: "被诉侵权行为不构成专利法第11条规定的实施行为。", kept: "专利法第11条"),
        .init(text: "Under Article 65 of the Patent Law, damages are determined by the actual losses suffered by the right holder.", kept: "Article 65 of the Patent Law"),
        .init(text: "依据《最高人民法院关于审理侵犯专利权纠纷案件应用法律若干问题的解释（二）》第二十七条，可以参考侵权人的侵权获利确定赔偿数额。", kept: "《最高人民法院关于审理侵犯专利权纠纷案件应用法律若干问题的解释（二）》第二十七条"),
        .init(text: "依照《中华人民共和国民事诉讼法》第一百七十七条第一款第一项之规定，判决如下：", kept: "《中华人民共和国民事诉讼法》第一百七十七条第一款第一项"),

        // Case numbers and notarial or expert-report numbers.
        .init(text: "本院于2019年12月10日立案受理（2019）最高法知民终732号上诉案。", kept: "（2019）最高法知民终732号"),
        .init(text: "一审案号为(2021)京73民初1234号，一审判决于2022年3月15日送达。", kept: "(2021)京73民初1234号"),
        .init(text: "This appeal, Case No. (2019) Zui Gao Fa Zhi Min Zhong 732, concerns a standard-essential patent.", kept: "Case No. (2019) Zui Gao Fa Zhi Min Zhong 732"),
        .init(text: "上诉人不服国家知识产权局的决定，本院作出（2020）最高法知行终475号行政判决。", kept: "（2020）最高法知行终475号"),
        .init(text: "广州知识产权法院（2022）粤73知民初1024号民事判决已发生法律效力。", kept: "（2022）粤73知民初1024号"),
        .init(text: "北京市方圆公证处出具的（2020）京方圆内经证字第12345号公证书记载了购买过程。", kept: "（2020）京方圆内经证字第12345号"),
        .init(text: "北京某某司法鉴定所出具的京正[2020]鉴字第123号司法鉴定意见书认定，被诉产品落入涉案专利权利要求1的保护范围。", kept: "京正[2020]鉴字第123号"),

        // Patent, application, trademark and software-copyright numbers.
        .init(text: "涉案专利为名称为“一种信号传输方法及装置”、专利号为ZL201510123456.7的发明专利。", kept: "ZL201510123456.7"),
        .init(text: "被告提交的现有技术证据为公开号CN105123456A的中国发明专利申请。", kept: "CN105123456A"),
        .init(text: "涉案专利申请号为201510123456.7，申请日为2015年3月16日。", kept: "201510123456.7"),
        .init(text: "涉案实用新型专利的授权公告号为CN208123456U。", kept: "CN208123456U"),
        .init(text: "该专利系国际申请号为PCT/CN2016/081234的国际申请进入中国国家阶段后获得授权。", kept: "PCT/CN2016/081234"),
        .init(text: "The patent in suit, Chinese Patent No. ZL201820123456.X, is a utility model for a battery clip.", kept: "ZL201820123456.X"),
        .init(text: "The prior art reference US 7,123,456 B2 discloses a similar antenna structure.", kept: "US 7,123,456 B2"),
        .init(text: "涉案专利要求了优先权号为US 62/057,123的美国临时申请的优先权。", kept: "US 62/057,123"),
        .init(text: "原告系第1234567号“某某”注册商标的专用权人，核定使用商品为第9类。", kept: "第1234567号"),
        .init(text: "被告在其产品上使用的标识与第12345678号商标构成近似。", kept: "第12345678号商标"),
        .init(text: "The plaintiff owns trademark registration No. 1234567 in Class 9.", kept: "registration No. 1234567 in Class 9"),
        .init(text: "原告享有著作权的计算机软件已在国家版权局登记，登记号为2018SR123456。", kept: "2018SR123456"),

        // Amounts.
        .init(text: "判令被告赔偿原告经济损失及维权合理开支共计人民币1,590,000元。", kept: "人民币1,590,000元"),
        .init(text: "一审法院判决被告赔偿原告159,000,000元。", kept: "159,000,000元"),
        .init(text: "原告主张律师费100000元，并提交了发票予以证明。", kept: "100000元"),
        .init(text: "原告请求判令被告赔偿经济损失3000万元。", kept: "赔偿经济损失3000万元"),
        .init(text: "被告在涉案期间的销售额为人民币12,345,678.90元。", kept: "人民币12,345,678.90元"),
        .init(text: "The Tribunal awards damages of RMB 15,900,000 together with reasonable expenses.", kept: "RMB 15,900,000"),

        // Dates.
        .init(text: "被告自2019年1月1日起停止生产被诉侵权产品。", kept: "2019年1月1日"),
        .init(text: "The hearing was held on 2024-03-05 in Beijing.", kept: "2024-03-05"),

        // Classifications, standards and publications.
        .init(text: "涉案专利的国际专利分类号为H04W 72/04。", kept: "H04W 72/04"),
        .init(text: "Both patents are classified under IPC A61K 31/505.", kept: "A61K 31/505"),
        .init(text: "被诉侵权产品执行的国家标准为GB/T 1234-2008。", kept: "GB/T 1234-2008"),
        .init(text: "The disputed claims were said to be essential to 3GPP TS 36.213 V8.8.0.", kept: "3GPP TS 36.213 V8.8.0"),
        .init(text: "被告援引的《专利法详解》（ISBN 978-7-5130-1234-5）不属于专利法意义上的现有技术。", kept: "ISBN 978-7-5130-1234-5"),

        // Contract, registration and document numbers of organisations and public bodies.
        .init(text: "双方于2019年3月12日签订编号为HT-2019-SZ-00123的《技术开发合同》。", kept: "HT-2019-SZ-00123"),
        .init(text: "原告某某科技有限公司，统一社会信用代码91440300MA5F1234XC。", kept: "91440300MA5F1234XC"),
        .init(text: "被告北京某某软件有限公司（统一社会信用代码：91110108MA01ABC2D8）未到庭参加诉讼。", kept: "91110108MA01ABC2D8"),
        .init(text: "第三人深圳某某电子有限公司，统一社会信用代码91440300708461136T，住所地广东省深圳市。", kept: "91440300708461136T"),
        .init(text: "Hangzhou Mou Network Technology Co., Ltd. (unified social credit code 91330100MA27XY3P10) is the appellee.", kept: "91330100MA27XY3P10"),
        .init(text: "被告公司的原工商注册号为440301103456789，后变更为统一社会信用代码。", kept: "440301103456789"),
        .init(text: "公证购买取得的增值税普通发票（发票代码044031900111，发票号码01234567）显示了被诉侵权产品的型号。", kept: "发票代码044031900111，发票号码01234567"),
        .init(text: "某某保险股份有限公司出具的知识产权侵权责任保险保单（保单号：6050201900012345）载明保险金额为500万元。", kept: "6050201900012345"),
        .init(text: "原告提交的诉讼财产保全责任保险保单号为PDAA202044030000012345。", kept: "PDAA202044030000012345"),
        .init(text: "道路交通事故认定书编号：第4403052020000123号，该认定书与本案技术事实无关。", kept: "第4403052020000123号"),
        .init(text: "被诉侵权产品的出口报关单号为531620191000123456。", kept: "531620191000123456"),
        .init(text: "公证购买的淘宝订单编号为1837465920183746529。", kept: "1837465920183746529"),
        .init(text: "被告网站的ICP备案号为京ICP备12345678号-1。", kept: "京ICP备12345678号-1"),
        .init(text: "被诉药品的批准文号为国药准字H20123456。", kept: "国药准字H20123456"),
        .init(text: "涉案医疗器械的注册证编号为国械注准20193120123。", kept: "国械注准20193120123"),
        // Look-alikes of minors' information: the statute, subsidiaries, schools as parties, products.
        .init(text: "依照《中华人民共和国未成年人保护法》第七十四条的规定，网络产品和服务提供者不得向未成年人提供诱导其沉迷的产品和服务。", kept: "《中华人民共和国未成年人保护法》第七十四条"),
        .init(text: "被告及其子公司深圳某某科技有限公司共同实施了制造、销售被诉侵权产品的行为。", kept: "其子公司深圳某某科技有限公司"),
        .init(text: "原告北京市第八中学，住所地北京市西城区复兴门南大街2号，法定代表人某某。", kept: "北京市第八中学"),
        .init(text: "涉案专利名称为“一种儿童安全座椅”，专利号为ZL201820123456.7。", kept: "一种儿童安全座椅"),
        .init(text: "被诉侵权图书为《小学数学三年级上册同步练习》，系被告出版发行。", kept: "《小学数学三年级上册同步练习》"),
        .init(text: "原告某某教育科技有限公司开发的“中小学生学籍管理系统”软件于2019年进行了著作权登记。", kept: "“中小学生学籍管理系统”"),
        .init(text: "被告某某幼儿园用品有限公司在其网店销售了被诉侵权的幼儿园桌椅。", kept: "某某幼儿园用品有限公司"),
        .init(text: "The plaintiff, Beijing No. 8 Middle School, owns the copyright in the school song.", kept: "Beijing No. 8 Middle School"),
    ]
}
