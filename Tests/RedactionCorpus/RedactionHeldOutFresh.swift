import Foundation

/// A second held-out table (2026-12-02), written blind by a helper session without sight of the
/// redactor, of RedactionTable or of RedactionHeldOut: reported as measured, never tuned against.
public enum RedactionHeldOutFresh {
    public static let removals: [RedactionTable.Removal] = [
        // MARK: phone
        .init(kind: "phone", text: "原告委托代理人当庭陈述，其于2020年5月12日拨打被告法定代表人刘建国的手机13912345678进行交涉，对方承认仍在销售被诉侵权产品。", secret: "13912345678"),
        .init(kind: "phone", text: "公证书所附快递面单显示：收件人王丽华，电话：186 0571 2389，收件地址为浙江省杭州市余杭区某菜鸟驿站。", secret: "186 0571 2389"),
        .init(kind: "phone", text: "微信聊天记录截图显示，被告李明向公证申请人发送了其联系电话１３８０１３８２２４６，并称“货到付款，可开发票”。", secret: "１３８０１３８２２４６"),
        .init(kind: "phone", text: "证人陈志强的住宅电话为（0755）8623-4417，其到庭作证称对涉案模具的来源并不知情。", secret: "（0755）8623-4417"),
        .init(kind: "phone", text: "According to the notarised purchase record, the seller, Mr. Zhou Wei, could be reached at +86 139-2748-5561 for after-sales service.", secret: "+86 139-2748-5561"),
        .init(kind: "phone", text: "担保人赵秀英（联系方式：150-6789-3421）自愿以其个人财产为被申请人的诉中财产保全提供担保。", secret: "150-6789-3421"),

        // MARK: idNumber
        .init(kind: "idNumber", text: "被告：孙海涛，男，1978年3月15日出生，汉族，公民身份号码330106197803152713，住浙江省杭州市西湖区。", secret: "330106197803152713"),
        .init(kind: "idNumber", text: "保全担保人吴桂芳（身份证号：440306196508224026）向本院出具担保书，承诺对申请错误造成的损失承担连带责任。", secret: "440306196508224026"),
        .init(kind: "idNumber", text: "上诉人黄德明（居民身份证号码：320102580714031）系涉案实用新型专利的发明人及原专利权人。", secret: "320102580714031"),
        .init(kind: "idNumber", text: "Appellant Liu Fang, female, born 2 November 1986, ID card No. 110105198611021441, resides in Chaoyang District, Beijing.", secret: "110105198611021441"),
        .init(kind: "idNumber", text: "经营者身份信息登记表载明，涉案网店的实际经营者为杜振宇，身份证号 5101 0419 9004 2333 9X。", secret: "5101 0419 9004 2333 9X"),
        .init(kind: "idNumber", text: "经本院调取，该网店的实名认证信息显示经营者为郑小军，身份证号码为370202197209115036，与被告身份一致。", secret: "370202197209115036"),

        // MARK: homeAddress
        .init(kind: "homeAddress", text: "被告：钱伟，男，汉族，住广东省深圳市南山区桃园路246号华联花园7栋1204室。", secret: "桃园路246号华联花园7栋1204室"),
        .init(kind: "homeAddress", text: "被申请人家庭住址：江苏省苏州市姑苏区十全街88弄12号302室，申请人请求本院向该地址邮寄送达保全裁定。", secret: "十全街88弄12号302室"),
        .init(kind: "homeAddress", text: "上诉人周玉兰，女，1969年出生，经常居住地为北京市海淀区学院路甲5号院3号楼2单元601号。", secret: "学院路甲5号院3号楼2单元601号"),
        .init(kind: "homeAddress", text: "Defendant Xu Jianguo, male, Han nationality, residing at Room 803, Unit 2, Building 15, 66 Jinshui Road, Zhengzhou, Henan Province.", secret: "Room 803, Unit 2, Building 15, 66 Jinshui Road"),
        .init(kind: "homeAddress", text: "再审申请人马建华确认的送达地址为：上海市浦东新区张杨路1588弄7号1801室（本人住所），收件人马建华。", secret: "张杨路1588弄7号1801室"),
        .init(kind: "homeAddress", text: "保全担保人何永福，男，住河南省周口市鹿邑县马铺镇后何村三组27号，以其所有的自建房屋提供担保。", secret: "后何村三组27号"),

        // MARK: email
        .init(kind: "email", text: "被告张晓丽在其个人网店首页公布的联系邮箱为zhangxl1985@163.com，原告曾于2021年3月向该邮箱发送侵权通知。", secret: "zhangxl1985@163.com"),
        .init(kind: "email", text: "证人刘洋称，其通过个人电子邮件（liuyang_design@qq.com）向被告发送了涉案设计图稿的源文件。", secret: "liuyang_design@qq.com"),
        .init(kind: "email", text: "The emails were exchanged between the defendant's former employee Chen Hao (chenhao.work@gmail.com) and the plaintiff's customer in early 2019.", secret: "chenhao.work@gmail.com"),
        .init(kind: "email", text: "上诉人王建明同意以电子方式送达诉讼文书，指定接收邮箱：wang.jm@126.com。", secret: "wang.jm@126.com"),
        .init(kind: "email", text: "被告杨梅的电子邮箱Yang-Mei.88@outlook.com中存有涉案技术图纸的多封往来邮件，足以证明其接触了原告的技术秘密。", secret: "Yang-Mei.88@outlook.com"),
        .init(kind: "email", text: "The printout shows the sender as Xu Wenbo <xuwenbo1990@yeah.net> and the recipient as the plaintiff's R&D department.", secret: "xuwenbo1990@yeah.net"),

        // MARK: bankAccount
        .init(kind: "bankAccount", text: "担保人蒋立新以其在中国工商银行开立的个人账户6222 0212 0400 3385 127内的存款人民币200万元提供担保。", secret: "6222 0212 0400 3385 127"),
        .init(kind: "bankAccount", text: "转账记录显示，被告通过其个人银行账户6217000010045823391收取了涉案侵权产品的全部货款。", secret: "6217000010045823391"),
        .init(kind: "bankAccount", text: "收款信息：户名林晓峰，开户行中国建设银行深圳福田支行，账号44201578900052501234。", secret: "44201578900052501234"),
        .init(kind: "bankAccount", text: "本院依法冻结了被申请人深圳市某科技有限公司的基本存款账户（账号：755912345610801，开户行：招商银行深圳分行）。", secret: "755912345610801"),
        .init(kind: "bankAccount", text: "The infringement proceeds were transferred to bank card No. 6228 4800 1234 5678 912 held by the defendant Wu Lei at the Agricultural Bank of China.", secret: "6228 4800 1234 5678 912"),
        .init(kind: "bankAccount", text: "裁定冻结被申请人吕建平名下中国银行账户6013-8210-0098-7654内的存款人民币50万元。", secret: "6013-8210-0098-7654"),

        // MARK: vehiclePlate
        .init(kind: "vehiclePlate", text: "公证人员跟随车牌号为浙A·3K5B7的厢式货车行驶至被告位于城郊的仓库，并对卸货过程进行了录像。", secret: "浙A·3K5B7"),
        .init(kind: "vehiclePlate", text: "被告员工驾驶粤B7D2Q9号小型轿车将涉案侵权产品运送至买家指定地点。", secret: "粤B7D2Q9"),
        .init(kind: "vehiclePlate", text: "申请人请求查封被申请人法定代表人名下车牌号为苏ED68812的新能源小型汽车一辆。", secret: "苏ED68812"),
        .init(kind: "vehiclePlate", text: "The surveillance footage shows a white van with licence plate 沪A 92K71 collecting the counterfeit goods from the defendant's workshop.", secret: "沪A 92K71"),
        .init(kind: "vehiclePlate", text: "被申请人某物流有限公司所有的鲁B-6T258号重型厢式货车已被依法查封，暂不得办理过户手续。", secret: "鲁B-6T258"),
        .init(kind: "vehiclePlate", text: "监控录像显示，车牌为川Ａ５Ｆ８８２的白色面包车在夜间多次进出被告厂区。", secret: "川Ａ５Ｆ８８２"),

        // MARK: propertyCertificate
        .init(kind: "propertyCertificate", text: "担保人以其所有的住宅提供担保，不动产权证书号为京（2019）朝阳区不动产权第0012345号。", secret: "京（2019）朝阳区不动产权第0012345号"),
        .init(kind: "propertyCertificate", text: "保全担保书所附房屋所有权证号：沪房地浦字（2008）第012345号，权利人为担保人谢永刚。", secret: "沪房地浦字（2008）第012345号"),
        .init(kind: "propertyCertificate", text: "本院查封了被申请人王春生名下房产一套（房产证号：X京房权证海字第087654号）。", secret: "X京房权证海字第087654号"),
        .init(kind: "propertyCertificate", text: "被告提交的机动车登记证书（编号：440012345678）显示，运输涉案产品的车辆登记在其配偶名下。", secret: "440012345678"),
        .init(kind: "propertyCertificate", text: "The guarantor offered as security the flat covered by Real Estate Title Certificate Su (2020) Nanjing Gulou Real Estate Right No. 0098765.", secret: "Su (2020) Nanjing Gulou Real Estate Right No. 0098765"),
        .init(kind: "propertyCertificate", text: "担保人沈国华以其名下国有土地使用权提供担保，国有土地使用证号为杭西国用（2012）第004321号。", secret: "杭西国用（2012）第004321号"),

        // MARK: minorInformation
        .init(kind: "minorInformation", text: "原告起诉时其子刘子轩年仅9岁，涉案美术作品系其在课余时间独立创作完成。", secret: "刘子轩"),
        .init(kind: "minorInformation", text: "涉案短视频中出镜的未成年人陈思彤（2012年出生）系被告陈某之女，其肖像被原告用于商业推广。", secret: "陈思彤"),
        .init(kind: "minorInformation", text: "被告称涉案照片系其女儿在学校拍摄，其女儿现就读于杭州市青枫小学四年级（3）班。", secret: "青枫小学四年级（3）班"),
        .init(kind: "minorInformation", text: "学生信息登记表显示，该未成年学生的全国学籍号为G320106201105123453。", secret: "G320106201105123453"),
        .init(kind: "minorInformation", text: "The plaintiff's son, Zhang Haoran, then aged 13, uploaded the drawings to the platform without the plaintiff's knowledge.", secret: "Zhang Haoran"),
        .init(kind: "minorInformation", text: "涉案网络游戏账号的实际使用人为被告的孙子赵一鸣（未成年人，时年12周岁），充值款项均由其支付。", secret: "赵一鸣"),
        .init(kind: "minorInformation", text: "At the time of the recording, the defendant's daughter, a minor, was a pupil in Class 3, Grade 5 at Yuxin Primary School, Wuhou District, Chengdu.", secret: "Class 3, Grade 5 at Yuxin Primary School"),
        .init(kind: "minorInformation", text: "被告之子（时年15岁）就读于成都市锦江区东湖中学初三（2）班，其在班级群中转发了涉案侵权软件的下载链接。", secret: "东湖中学初三（2）班"),
    ]

    public static let lookAlikes: [RedactionTable.LookAlike] = [
        // Organisation addresses
        .init(text: "被告：深圳市华科电子有限公司，住所地广东省深圳市南山区科苑路15号科兴科学园B栋3单元1205室。", kept: "科苑路15号科兴科学园B栋3单元1205室"),
        .init(text: "被告北京某某科技有限公司上海分公司，营业场所位于上海市静安区南京西路1366号锦华大厦35楼3503室。", kept: "南京西路1366号锦华大厦35楼3503室"),
        .init(text: "原告：杭州市钱塘区青禾实验学校，住所地浙江省杭州市钱塘区6号大街452号，法定代表人周某，该校校长。", kept: "6号大街452号"),
        .init(text: "公证人员在位于广州市白云区机场路1133号的“童乐玩具城”B区218号铺位购买了被诉侵权玩具。", kept: "机场路1133号"),
        .init(text: "上诉状应递交至广州知识产权法院，地址为广州市黄埔区开创大道2662号。", kept: "开创大道2662号"),
        .init(text: "公证人员陪同原告前往上海市公安局徐汇分局漕河泾派出所（地址：上海市徐汇区漕宝路520号）报案。", kept: "漕宝路520号"),
        .init(text: "Defendant: Shanghai Lianhe Software Co., Ltd., domiciled at Room 1502, No. 88 Zhangjiang Road, Pudong New Area, Shanghai.", kept: "Room 1502, No. 88 Zhangjiang Road"),
        .init(text: "The appellee, Nanjing Qinhuai Experimental Primary School, located at 12 Baixia Road, Nanjing, owns the copyright in the school song.", kept: "12 Baixia Road"),
        .init(text: "被告住所地为北京市海淀区上地信息路甲28号院2号楼3单元502室，系该公司登记注册的办公场所。", kept: "上地信息路甲28号院2号楼3单元502室"),

        // Subsidiaries, statutes, court names
        .init(text: "被告当庭承认，其子公司苏州瑞达精密机械有限公司亦制造、销售了被诉侵权产品。", kept: "其子公司苏州瑞达精密机械有限公司"),
        .init(text: "原告主张被告的行为违反了《中华人民共和国未成年人保护法》第七十四条关于网络游戏防沉迷的规定。", kept: "《中华人民共和国未成年人保护法》第七十四条"),
        .init(text: "The plaintiff also invoked Article 71 of the Law of the People's Republic of China on the Protection of Minors, which this Court finds inapplicable.", kept: "Law of the People's Republic of China on the Protection of Minors"),
        .init(text: "本案一审由上海市长宁区人民法院少年法庭移送至上海知识产权法院审理。", kept: "上海市长宁区人民法院少年法庭"),

        // Case, patent, trademark numbers
        .init(text: "本院于2023年6月作出（2022）最高法知民终2871号民事判决，维持原判。", kept: "（2022）最高法知民终2871号"),
        .init(text: "This Court rendered the civil judgment (2023) Zui Gao Fa Zhi Min Zhong No. 456 on 15 March 2024.", kept: "(2023) Zui Gao Fa Zhi Min Zhong No. 456"),
        .init(text: "原告系专利号为ZL201920456789.3、名称为“一种儿童安全座椅”的实用新型专利的专利权人。", kept: "ZL201920456789.3"),
        .init(text: "The patent in suit, Chinese Patent No. ZL202110345678.2 entitled “Child-proof closure for medicine bottles”, remains valid.", kept: "ZL202110345678.2"),
        .init(text: "原告享有第18234567号“乐童”注册商标专用权，核定使用商品为第12类儿童安全座椅。", kept: "第18234567号"),
        .init(text: "涉案专利的申请号为201910876543.2，申请日为2019年9月10日。", kept: "201910876543.2"),

        // Amounts, codes, commercial document numbers
        .init(text: "判令被告赔偿原告经济损失及为制止侵权行为所支付的合理开支共计人民币13862459.60元。", kept: "13862459.60"),
        .init(text: "被告杭州某某贸易有限公司，统一社会信用代码91330106MA2H3K7Q5B，法定代表人吴某。", kept: "91330106MA2H3K7Q5B"),
        .init(text: "公证购买的网购订单编号为2847561930284756193，实付款人民币398元。", kept: "2847561930284756193"),
        .init(text: "双方签订的《技术开发合同》编号为HT-2019-0358721，约定研发成果归原告所有。", kept: "HT-2019-0358721"),
        .init(text: "原告提交的增值税专用发票（发票代码4403191130，发票号码04423187）证明其购买了被诉侵权产品。", kept: "4403191130"),
        .init(text: "申请人提交了诉讼财产保全责任保险保单，保单号为PZAM202144030000001234，保险金额人民币500万元。", kept: "PZAM202144030000001234"),
        .init(text: "被告官方网站及产品包装上公布的客服热线为400-820-5678。", kept: "400-820-5678"),

        // Products, textbooks, standards for children and students
        .init(text: "被诉侵权产品为“小学生护眼台灯”，型号XS-2020A，由被告在其天猫旗舰店销售。", kept: "小学生护眼台灯"),
        .init(text: "涉案作品系与中小学教材《义务教育教科书·数学（三年级上册）》配套的练习册，ISBN 978-7-107-34567-8。", kept: "ISBN 978-7-107-34567-8"),
        .init(text: "被诉产品不符合GB 27887-2011《机动车儿童乘员用约束系统》的强制性要求。", kept: "GB 27887-2011"),
        .init(text: "The accused product, marketed as a “Junior Student Smart Watch” with GPS positioning for children, was sold on JD.com.", kept: "Junior Student Smart Watch"),
    ]
}
