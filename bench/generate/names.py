"""The name pools of bench/customers/generate.sql: the 100 commonest surnames and 100 given-name characters with their
pinyin, 16 cities with their region, 8 trades (company names)."""

SURNAMES = [s.split() for s in (
    '王 wang,李 li,张 zhang,刘 liu,陈 chen,杨 yang,黄 huang,赵 zhao,吴 wu,周 zhou,徐 xu,孙 sun,马 ma,'
    '朱 zhu,胡 hu,郭 guo,何 he,高 gao,林 lin,罗 luo,郑 zheng,梁 liang,谢 xie,宋 song,唐 tang,许 xu,'
    '韩 han,冯 feng,邓 deng,曹 cao,彭 peng,曾 zeng,肖 xiao,田 tian,董 dong,袁 yuan,潘 pan,于 yu,蒋 jiang,'
    '蔡 cai,余 yu,杜 du,叶 ye,程 cheng,苏 su,魏 wei,吕 lv,丁 ding,任 ren,沈 shen,姚 yao,卢 lu,姜 jiang,'
    '崔 cui,钟 zhong,谭 tan,陆 lu,汪 wang,范 fan,金 jin,石 shi,廖 liao,贾 jia,夏 xia,韦 wei,付 fu,'
    '方 fang,白 bai,邹 zou,孟 meng,熊 xiong,秦 qin,邱 qiu,江 jiang,尹 yin,薛 xue,闫 yan,段 duan,雷 lei,'
    '侯 hou,龙 long,史 shi,陶 tao,黎 li,贺 he,顾 gu,毛 mao,郝 hao,龚 gong,邵 shao,万 wan,钱 qian,严 yan,'
    '覃 qin,武 wu,戴 dai,莫 mo,孔 kong,向 xiang,汤 tang').split(',')]

GIVEN = [s.split() for s in (
    '伟 wei,芳 fang,娜 na,敏 min,静 jing,丽 li,强 qiang,磊 lei,军 jun,洋 yang,勇 yong,艳 yan,杰 jie,'
    '娟 juan,涛 tao,明 ming,超 chao,秀 xiu,霞 xia,平 ping,刚 gang,桂 gui,英 ying,华 hua,玉 yu,萍 ping,'
    '红 hong,建 jian,文 wen,辉 hui,力 li,国 guo,峰 feng,琳 lin,鹏 peng,宇 yu,浩 hao,凯 kai,欣 xin,'
    '晨 chen,婷 ting,雪 xue,慧 hui,俊 jun,斌 bin,波 bo,云 yun,飞 fei,海 hai,亮 liang,东 dong,宁 ning,'
    '佳 jia,丹 dan,倩 qian,琴 qin,兰 lan,梅 mei,志 zhi,光 guang,春 chun,秋 qiu,冬 dong,立 li,新 xin,'
    '成 cheng,龙 long,鑫 xin,嘉 jia,怡 yi,思 si,雨 yu,子 zi,博 bo,涵 han,瑞 rui,泽 ze,晓 xiao,天 tian,'
    '昊 hao,然 ran,睿 rui,航 hang,轩 xuan,一 yi,诺 nuo,铭 ming,彤 tong,悦 yue,蕾 lei,薇 wei,颖 ying,'
    '晶 jing,岩 yan,帆 fan,阳 yang,松 song,林 lin,森 sen,毅 yi').split(',')]

CITIES = [s.split() for s in (
    '上海 shanghai 华东,杭州 hangzhou 华东,南京 nanjing 华东,苏州 suzhou 华东,宁波 ningbo 华东,合肥 hefei 华东,'
    '北京 beijing 华北,天津 tianjin 华北,石家庄 shijiazhuang 华北,广州 guangzhou 华南,深圳 shenzhen 华南,'
    '成都 chengdu 西南,重庆 chongqing 西南,武汉 wuhan 华中,长沙 changsha 华中,西安 xian 西北').split(',')]

TRADES = [s.split() for s in (
    '汽车服务 qichefuwu,物流 wuliu,租车 zuche,建设 jianshe,商贸 shangmao,出租车 chuzuche,科技 keji,运输 yunshu'
).split(',')]

# reports/generate.sql's default addresses, by city
PROVINCES = ['上海市', '浙江省杭州市', '江苏省南京市', '江苏省苏州市', '浙江省宁波市', '安徽省合肥市', '北京市', '天津市',
             '河北省石家庄市', '广东省广州市', '广东省深圳市', '四川省成都市', '重庆市', '湖北省武汉市', '湖南省长沙市',
             '陕西省西安市']

# leads: where online leads come from, what follow-ups say, why leads are lost
PLATFORMS = ['汽车之家', '懂车帝', '易车', '抖音直播', '厂家官网', '微信小程序']
FOLLOW_UP_SUMMARIES = ['电话沟通，客户关注落地价', '邀约周末到店试驾', '客户在对比竞品，发送配置对比', '发送报价单，等待客户回复',
                       '客户咨询贷款方案和月供', '客户家人意见未统一，下周再联系', '微信发送新到店实车视频', '客户关心置换补贴',
                       '确认意向车型和颜色', '客户预计月底前决定']
LOST_NOTES = {1: '客户已购买竞品', 2: '预算不足，价格谈不拢', 3: '客户暂缓购车', 4: '贷款审批未通过', 5: '客户失联'}
TRADE_INS = ['2016款 大众朗逸', '2015款 丰田卡罗拉', '2017款 本田思域', '2014款 别克英朗', '2018款 日产轩逸', '2013款 福特福克斯']
