import Foundation

/// A held-out table, written without sight of the redactor or of RedactionTable: its score is
/// reported as measured, never tuned against.
public enum RedactionHeldOut {
    public static let removals: [RedactionTable.Removal] = [
        // phone
        .init(kind: "phone", text: "原告陈立军，男，1978年5月12日出生，汉族，住浙江省杭州市西湖区，联系电话：13857126493。", secret: "13857126493"),
        .init(kind: "phone", text: "公证员随同申请人的委托代理人在该店购买涉案商品，店主递交的名片上印有手机号码 186-2031-7745 及“诚信经营”字样。", secret: "186-2031-7745"),
        .init(kind: "phone", text: "被告罗素芬，女，汉族，个体工商户，电话（0757）8632 9158，未到庭参加诉讼。", secret: "（0757）8632 9158"),
        .init(kind: "phone", text: "涉案网店客服在聊天记录中留下的收货联系人为李婷婷，联系方式１５９２２０４８８３７。", secret: "１５９２２０４８８３７"),
        .init(kind: "phone", text: "Plaintiff Zhang Wei, male, born on 3 March 1982, residing in Haidian District, Beijing, tel. 135 2218 6604.", secret: "135 2218 6604"),
        .init(kind: "phone", text: "经查，涉案域名注册信息中登记的联系电话为+86.13760418825，与被告王志刚本人手机号码一致。", secret: "+86.13760418825"),
        .init(kind: "phone", text: "13621759083系被告刘海涛本人使用的手机号码，该事实有通话记录予以佐证。", secret: "13621759083"),
        // idNumber
        .init(kind: "idNumber", text: "原告周建明，男，1969年11月3日出生，汉族，公民身份号码33010619691103041X，住浙江省杭州市西湖区。", secret: "33010619691103041X"),
        .init(kind: "idNumber", text: "被告黄秀英（身份证号：440106197508226324）系涉案网店的实际经营者。", secret: "440106197508226324"),
        .init(kind: "idNumber", text: "委托诉讼代理人赵磊，系原告之子，身份证号码 110108 19880214 5534。", secret: "110108 19880214 5534"),
        .init(kind: "idNumber", text: "被申请人孙立华，居民身份证号码为３２０１０２１９８３０６０７２８１６，经本院传票传唤未到庭。", secret: "３２０１０２１９８３０６０７２８１６"),
        .init(kind: "idNumber", text: "Defendant Liu Fang, female, ID card No. 510104199002153927, is the registered operator of the online shop.", secret: "510104199002153927"),
        .init(kind: "idNumber", text: "公证书所附营业执照载明经营者为个体工商户吴国平，其身份证号码是420106197707184450，与被告身份一致。", secret: "420106197707184450"),
        .init(kind: "idNumber", text: "被告郑德胜，1965年出生，身份证号370202650918031，系青岛某五金店业主。", secret: "370202650918031"),
        // email
        .init(kind: "email", text: "被告陈晓东在其个人微博公布的联系邮箱为chenxd1987@163.com，涉案侵权图片即通过该邮箱发送给客户。", secret: "chenxd1987@163.com"),
        .init(kind: "email", text: "原告委托代理人向被告本人电子邮箱 wangli_design@qq.com 发送了律师函，被告于次日回复。", secret: "wangli_design@qq.com"),
        .init(kind: "email", text: "The notarised webpage shows that the seller, Mr. Huang Jun, listed his contact e-mail as junhuang.artwork@gmail.com for wholesale enquiries.", secret: "junhuang.artwork@gmail.com"),
        .init(kind: "email", text: "受送达人刘洋确认的电子送达地址：Liu.Yang-88@sina.cn（本人专用）。", secret: "Liu.Yang-88@sina.cn"),
        .init(kind: "email", text: "被告徐宇航在答辩状中确认，yuhang.xu@outlook.com系其本人注册并使用的邮箱。", secret: "yuhang.xu@outlook.com"),
        .init(kind: "email", text: "证据12为原告与被告马丽娟之间的往来邮件打印件，发件地址为malijuan_1990@foxmail.com。", secret: "malijuan_1990@foxmail.com"),
        // bankAccount
        .init(kind: "bankAccount", text: "被告应将上述款项支付至原告郭振华名下中国工商银行账户（账号：6222 0202 0012 3456 788）。", secret: "6222 0202 0012 3456 788"),
        .init(kind: "bankAccount", text: "申请人提供的担保为其在中国建设银行深圳分行开设的账户6217002870012345672内的存款人民币50万元。", secret: "6217002870012345672"),
        .init(kind: "bankAccount", text: "被告深圳市锐思电子有限公司的开户行为招商银行深圳科技园支行，账号755912345610801。", secret: "755912345610801"),
        .init(kind: "bankAccount", text: "The court ordered the freezing of RMB 800,000 in the defendant Li Ming's account No. 6228 4800 1234 5678 911 at Agricultural Bank of China.", secret: "6228 4800 1234 5678 911"),
        .init(kind: "bankAccount", text: "被告赵红梅通过其名下银行卡６２１４８３０２１５６７８９０４向原告转账货款。", secret: "６２１４８３０２１５６７８９０４"),
        .init(kind: "bankAccount", text: "冻结被申请人上海途迈贸易有限公司在中国银行上海市浦东分行的基本存款账户（账号：4378 5912 0368）内的资金。", secret: "4378 5912 0368"),
        .init(kind: "bankAccount", text: "Payment for the infringing goods was made to account 6230 5820 0012 8876 540, held by the shop owner Mr. Tang at Ping An Bank.", secret: "6230 5820 0012 8876 540"),
        // homeAddress
        .init(kind: "homeAddress", text: "被告钱学军，男，1972年8月19日出生，汉族，住江苏省南京市玄武区珠江路698号2幢601室。", secret: "珠江路698号2幢601室"),
        .init(kind: "homeAddress", text: "原告林雅琴，女，汉族，住福建省厦门市思明区湖滨南路57号之三1703室，系涉案美术作品的作者。", secret: "湖滨南路57号之三1703室"),
        .init(kind: "homeAddress", text: "Defendant Xu Jianguo, male, residing at Room 402, Unit 3, Building 7, No. 21 Huayuan Road, Jinjiang District, Chengdu, Sichuan Province.", secret: "Room 402, Unit 3, Building 7, No. 21 Huayuan Road"),
        .init(kind: "homeAddress", text: "被告何德旺，男，个体工商户，住广东省佛山市顺德区乐从镇腾冲村东区三巷12号。", secret: "腾冲村东区三巷12号"),
        .init(kind: "homeAddress", text: "被申请人冯晓丽，经常居住地为湖北省武汉市洪山区雄楚大道268号金地太阳城6栋1单元1203号，本院依法向该地址邮寄送达。", secret: "雄楚大道268号金地太阳城6栋1单元1203号"),
        .init(kind: "homeAddress", text: "快递面单显示收件人为被告蒋文斌，收件地址为上海市浦东新区张杨路1500弄16号1102室。", secret: "张杨路1500弄16号1102室"),
        .init(kind: "homeAddress", text: "被告韩冬梅，女，住北京市朝阳区望京西园４区４１８号楼１２０６室。", secret: "望京西园４区４１８号楼１２０６室"),
        // vehiclePlate
        .init(kind: "vehiclePlate", text: "被告驾驶车牌号为粤B·7Q25M的白色面包车将侵权产品运送至仓库。", secret: "粤B·7Q25M"),
        .init(kind: "vehiclePlate", text: "公证人员跟随车牌号码浙A3K9R7的厢式货车至被告杜建新的加工作坊。", secret: "浙A3K9R7"),
        .init(kind: "vehiclePlate", text: "被告在其名下的沪AD12358号新能源汽车车身上喷涂了原告的注册商标标识。", secret: "沪AD12358"),
        .init(kind: "vehiclePlate", text: "Surveillance footage shows the defendant's van, licence plate 京N·8H6C3, unloading cartons at the warehouse.", secret: "京N·8H6C3"),
        .init(kind: "vehiclePlate", text: "查封被申请人邓志勇所有的小型轿车一辆（号牌：川A 56L8B）。", secret: "川A 56L8B"),
        .init(kind: "vehiclePlate", text: "The vehicle with plate number Su E5T72K, registered to Mr. Gao, was used to transport the infringing furniture.", secret: "Su E5T72K"),
        // propertyCertificate
        .init(kind: "propertyCertificate", text: "查封被申请人宋国强名下位于广州市天河区的房产一套（不动产权证号：粤（2018）广州市不动产权第06123457号）。", secret: "粤（2018）广州市不动产权第06123457号"),
        .init(kind: "propertyCertificate", text: "担保人提供的房屋所有权证号为京房权证海字第208731号，该房屋登记在担保人本人名下。", secret: "京房权证海字第208731号"),
        .init(kind: "propertyCertificate", text: "申请人以其父亲名下房产提供担保，房地产权证编号：沪房地浦字（2014）第038826号。", secret: "沪房地浦字（2014）第038826号"),
        .init(kind: "propertyCertificate", text: "The guarantor, Ms. Ye Hong, pledged her apartment under Real Estate Title Certificate No. Zhe (2020) Hangzhou Real Estate Title No. 0157782.", secret: "Zhe (2020) Hangzhou Real Estate Title No. 0157782"),
        .init(kind: "propertyCertificate", text: "被申请人彭丽以其名下住房提供反担保，该房产的不动产权证书号为苏（２０２１）南京市不动产权第００８６５３２号。", secret: "苏（２０２１）南京市不动产权第００８６５３２号"),
    ]

    public static let lookAlikes: [RedactionTable.LookAlike] = [
        .init(text: "被告深圳市华睿光电科技有限公司，住所地广东省深圳市南山区粤海街道科技南十二路18号长虹科技大厦2301室。", kept: "科技南十二路18号长虹科技大厦2301室"),
        .init(text: "原告杭州云帆网络技术有限公司，经营场所浙江省杭州市滨江区长河街道江南大道3688号5幢1208室，法定代表人李某。", kept: "江南大道3688号5幢1208室"),
        .init(text: "最高人民法院地址为北京市东城区东交民巷27号，当事人可通过诉讼服务中心递交材料。", kept: "东交民巷27号"),
        .init(text: "依照《中华人民共和国专利法》第六十五条、《最高人民法院关于审理侵犯专利权纠纷案件应用法律若干问题的解释》第十四条之规定，判决如下：", kept: "第六十五条"),
        .init(text: "上诉人不服广州知识产权法院（2020）粤73知民初1532号民事判决，向本院提起上诉。", kept: "（2020）粤73知民初1532号"),
        .init(text: "本院（2021）最高法知民终1186号案件于2022年3月18日公开开庭进行了审理。", kept: "（2021）最高法知民终1186号"),
        .init(text: "涉案专利为名称为“一种折叠式电动滑板车”的实用新型专利，专利号为ZL201920345678.1，申请日为2019年3月19日。", kept: "ZL201920345678.1"),
        .init(text: "The patent in suit, Chinese invention patent No. ZL 2016 1 0789012.3, was granted on 5 June 2018.", kept: "ZL 2016 1 0789012.3"),
        .init(text: "对比文件1为公开号CN108765432A的中国发明专利申请，公开日为2018年11月6日。", kept: "CN108765432A"),
        .init(text: "申请号为201811234567.X的发明专利申请于2020年7月10日被驳回。", kept: "201811234567.X"),
        .init(text: "原告系第16723548号“云帆”注册商标的专用权人，核定使用商品为第9类。", kept: "第16723548号"),
        .init(text: "被告应于本判决生效之日起十日内赔偿原告经济损失及合理开支共计人民币1,286,500元。", kept: "1,286,500元"),
        .init(text: "The Defendant shall compensate the Plaintiff RMB 3,650,000 for economic losses and RMB 128,400 for reasonable expenses.", kept: "RMB 3,650,000"),
        .init(text: "涉案产品外包装标注执行标准GB/T 22794-2017及生产日期2021-09-14。", kept: "GB/T 22794-2017"),
        .init(text: "双方于2019年4月2日签订《技术开发合同》（合同编号：YF-JS-2019-0417），约定开发费用为80万元。", kept: "YF-JS-2019-0417"),
        .init(text: "原告提交的增值税专用发票（发票代码：4403192130，发票号码：28517463）证明其购买了被诉侵权产品。", kept: "4403192130"),
        .init(text: "公证购买的订单详情页显示订单编号为1823456789012345678，实付款为人民币399元。", kept: "1823456789012345678"),
        .init(text: "Customs Declaration No. 531620210001234567 shows that 2,400 units of the accused product were exported from Shenzhen on 12 August 2021.", kept: "531620210001234567"),
        .init(text: "被告深圳市华睿光电科技有限公司的统一社会信用代码为91440300MA5F2K7X3R。", kept: "91440300MA5F2K7X3R"),
        .init(text: "涉案药品的批准文号为国药准字H20083517，生产企业为浙江某制药股份有限公司。", kept: "国药准字H20083517"),
        .init(text: "被诉侵权产品铭牌标注型号为KX-3600Pro-2020，额定功率1500W。", kept: "KX-3600Pro-2020"),
        .init(text: "The insurance policy (Policy No. PICC-SZ-2020-00871245) covers the patent enforcement costs of the plaintiff.", kept: "PICC-SZ-2020-00871245"),
        .init(text: "国家知识产权局专利局位于北京市海淀区蓟门桥西土城路6号，无效宣告请求书应向该局提交。", kept: "西土城路6号"),
        .init(text: "广东省深圳市深圳公证处出具的（2021）深证字第45817号公证书记载了购买过程。", kept: "（2021）深证字第45817号"),
        .init(text: "一审法院于2021年12月28日作出判决，上诉人于2022年1月11日提交上诉状。", kept: "2022年1月11日"),
        .init(text: "Appellee Suzhou Lianxin Precision Machinery Co., Ltd., domiciled at No. 158 Xinghu Street, Suzhou Industrial Park, Jiangsu Province.", kept: "No. 158 Xinghu Street"),
        .init(text: "公证人员前往被告义乌市彩虹饰品有限公司位于浙江省义乌市福田街道国际商贸城二区H1门3街25102号的经营场所购买涉案商品。", kept: "国际商贸城二区H1门3街25102号"),
        .init(text: "公证处打印的京东商城订单详情显示，订单编号：13276540981，下单时间为2021年5月8日。", kept: "13276540981"),
        .init(text: "The plaintiff's trademark application No. 38562419 in Class 25 was published for opposition on 27 October 2019.", kept: "38562419"),
        .init(text: "原告享有“智造云MES系统V3.0”计算机软件著作权，登记号为2019SR0847621。", kept: "2019SR0847621"),
    ]
}
