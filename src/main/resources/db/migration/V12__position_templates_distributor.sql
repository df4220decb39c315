-- Position templates of an auto-parts distributor (SPEC §1) with their duties (岗位职责).
-- Reporting line: sales director -> regional / area manager -> district manager -> territory rep, delivery staff.

insert into org_position (code, name_zh, name_en, store_type, level, reports_to_id, default_role_code)
values ('sales-director', '销售总监', 'Sales director', 'DISTRIBUTOR', 1, null, 'director');
insert into org_position (code, name_zh, name_en, store_type, level, reports_to_id, default_role_code)
values ('regional-manager', '区域销售经理', 'Regional sales manager', 'DISTRIBUTOR', 2, (select id from org_position where code = 'sales-director'), 'salesmanager');
insert into org_position (code, name_zh, name_en, store_type, level, reports_to_id, default_role_code)
values ('product-rep', '产品销售代表', 'Product sales representative', 'DISTRIBUTOR', 4, (select id from org_position where code = 'regional-manager'), 'consultant');
insert into org_position (code, name_zh, name_en, store_type, level, reports_to_id, default_role_code)
values ('support-specialist', '客户支持专员', 'Customer-support specialist', 'DISTRIBUTOR', 4, (select id from org_position where code = 'sales-director'), 'cs');
insert into org_position (code, name_zh, name_en, store_type, level, reports_to_id, default_role_code)
values ('aftersales-coordinator', '售后服务协调员', 'After-sales coordinator', 'DISTRIBUTOR', 4, (select id from org_position where code = 'sales-director'), 'service');
insert into org_position (code, name_zh, name_en, store_type, level, reports_to_id, default_role_code)
values ('area-manager', '分区经理', 'Area manager', 'DISTRIBUTOR', 2, (select id from org_position where code = 'sales-director'), 'salesmanager');
insert into org_position (code, name_zh, name_en, store_type, level, reports_to_id, default_role_code)
values ('district-manager', '片区经理', 'District manager', 'DISTRIBUTOR', 3, (select id from org_position where code = 'area-manager'), 'salesmanager');
insert into org_position (code, name_zh, name_en, store_type, level, reports_to_id, default_role_code)
values ('territory-rep', '小区业务', 'Territory representative', 'DISTRIBUTOR', 4, (select id from org_position where code = 'district-manager'), 'consultant');
insert into org_position (code, name_zh, name_en, store_type, level, reports_to_id, default_role_code)
values ('delivery-staff', '配送人员', 'Delivery staff', 'DISTRIBUTOR', 5, (select id from org_position where code = 'district-manager'), 'consultant');

insert into org_position_duty (position_id, seq, text_zh, text_en) values
    ((select id from org_position where code = 'sales-director'), 0, '制定配件销售战略和年度目标，分解到区域和业务人员', 'Sets the parts sales strategy and annual targets and breaks them down by region and rep'),
    ((select id from org_position where code = 'sales-director'), 1, '规划销售区域和渠道（批发、零售、代理、特约、连锁、专营）', 'Plans sales regions and channels (wholesale, retail, agents, franchise, chains, specialists)'),
    ((select id from org_position where code = 'sales-director'), 2, '审批价格政策、客户信用额度和重大合同', 'Approves the price policy, customer credit limits and major contracts'),
    ((select id from org_position where code = 'sales-director'), 3, '领导区域经理团队，主持月度经营分析会', 'Leads the regional managers and chairs the monthly business review'),
    ((select id from org_position where code = 'sales-director'), 4, '支持代理商开拓二级市场', 'Supports agents in opening second-tier markets'),
    ((select id from org_position where code = 'sales-director'), 5, '控制销售费用和应收账款风险', 'Keeps sales expenses and receivables risk under control');

insert into org_position_duty (position_id, seq, text_zh, text_en) values
    ((select id from org_position where code = 'regional-manager'), 0, '完成本区域销售额、毛利和回款目标', 'Delivers the region''s sales, gross-margin and collection targets'),
    ((select id from org_position where code = 'regional-manager'), 1, '开发和维护区域内的经销商、修理厂等客户', 'Develops and looks after dealers, workshops and other customers in the region'),
    ((select id from org_position where code = 'regional-manager'), 2, '制定业务人员的拜访路线（路序）并检查执行', 'Plans the reps'' visit routes and checks that they are followed'),
    ((select id from org_position where code = 'regional-manager'), 3, '收集区域市场和竞争对手信息', 'Gathers market and competitor information in the region'),
    ((select id from org_position where code = 'regional-manager'), 4, '审核客户信用，跟进逾期应收款', 'Reviews customer credit and chases overdue receivables'),
    ((select id from org_position where code = 'regional-manager'), 5, '辅导和考核本区域业务人员', 'Coaches and evaluates the region''s reps');

insert into org_position_duty (position_id, seq, text_zh, text_en) values
    ((select id from org_position where code = 'product-rep'), 0, '熟悉所负责产品线的技术参数、适用车型和卖点', 'Knows the product line: specifications, fitment and selling points'),
    ((select id from org_position where code = 'product-rep'), 1, '按路序拜访客户，推介产品，获取订单', 'Visits customers along the planned route, promotes the products and takes orders'),
    ((select id from org_position where code = 'product-rep'), 2, '提交拜访报告（日报、月报），更新客户档案', 'Files visit reports (daily and monthly) and updates the customer records'),
    ((select id from org_position where code = 'product-rep'), 3, '跟进订单发货、到货和回款', 'Follows orders through shipping, delivery and payment'),
    ((select id from org_position where code = 'product-rep'), 4, '为客户提供产品培训和技术支持', 'Gives customers product training and technical support');

insert into org_position_duty (position_id, seq, text_zh, text_en) values
    ((select id from org_position where code = 'support-specialist'), 0, '受理客户的电话、网络订单和咨询', 'Handles customer calls, online orders and enquiries'),
    ((select id from org_position where code = 'support-specialist'), 1, '查询库存和价格，协助客户选型', 'Checks stock and prices and helps customers find the right part'),
    ((select id from org_position where code = 'support-specialist'), 2, '跟踪订单状态，及时通知客户发货信息', 'Tracks order status and tells customers when their goods ship'),
    ((select id from org_position where code = 'support-specialist'), 3, '登记客户投诉和退货申请，转交相关人员处理', 'Logs complaints and return requests and passes them to the right person'),
    ((select id from org_position where code = 'support-specialist'), 4, '维护客户联系资料，协助对账', 'Keeps customer contact details current and helps with statements');

insert into org_position_duty (position_id, seq, text_zh, text_en) values
    ((select id from org_position where code = 'aftersales-coordinator'), 0, '受理质量问题和退换货申请，组织鉴定', 'Takes quality problems and return or exchange requests and arranges inspection'),
    ((select id from org_position where code = 'aftersales-coordinator'), 1, '协调厂家或供应商处理质量索赔', 'Coordinates quality claims with the manufacturer or suppliers'),
    ((select id from org_position where code = 'aftersales-coordinator'), 2, '跟踪处理进度，向客户反馈处理结果', 'Tracks each case and reports the outcome to the customer'),
    ((select id from org_position where code = 'aftersales-coordinator'), 3, '统计质量问题，分析原因并提出改进建议', 'Keeps quality statistics, analyses causes and proposes improvements'),
    ((select id from org_position where code = 'aftersales-coordinator'), 4, '组织客户技术培训和安装指导', 'Organises technical training and fitting guidance for customers');

insert into org_position_duty (position_id, seq, text_zh, text_en) values
    ((select id from org_position where code = 'area-manager'), 0, '分解并完成分区内各片区的销售目标', 'Breaks down and delivers the sales targets of the districts in the area'),
    ((select id from org_position where code = 'area-manager'), 1, '规划片区划分和人员配置', 'Plans how the area is divided into districts and staffed'),
    ((select id from org_position where code = 'area-manager'), 2, '管理片区经理，检查拜访和配送执行情况', 'Manages the district managers and checks visits and deliveries'),
    ((select id from org_position where code = 'area-manager'), 3, '维护分区内重点客户关系', 'Looks after the key customers in the area'),
    ((select id from org_position where code = 'area-manager'), 4, '汇总分区销售、库存和回款数据，定期汇报', 'Compiles the area''s sales, stock and collection figures and reports them regularly');

insert into org_position_duty (position_id, seq, text_zh, text_en) values
    ((select id from org_position where code = 'district-manager'), 0, '完成片区销售和回款目标', 'Delivers the district''s sales and collection targets'),
    ((select id from org_position where code = 'district-manager'), 1, '安排小区业务的拜访路线和配送计划', 'Schedules the territory reps'' visit routes and the delivery runs'),
    ((select id from org_position where code = 'district-manager'), 2, '走访片区客户，处理客户问题', 'Visits customers in the district and resolves their issues'),
    ((select id from org_position where code = 'district-manager'), 3, '检查客户档案和拜访记录是否完整', 'Checks that customer records and visit reports are complete'),
    ((select id from org_position where code = 'district-manager'), 4, '带领和培训小区业务人员', 'Leads and trains the territory reps');

insert into org_position_duty (position_id, seq, text_zh, text_en) values
    ((select id from org_position where code = 'territory-rep'), 0, '按路序定期拜访小区内客户，收集订单', 'Visits the territory''s customers regularly along the planned route and collects orders'),
    ((select id from org_position where code = 'territory-rep'), 1, '开发新客户，登记客户资料', 'Finds new customers and records their details'),
    ((select id from org_position where code = 'territory-rep'), 2, '向客户介绍新品和促销活动', 'Presents new products and promotions to customers'),
    ((select id from org_position where code = 'territory-rep'), 3, '收集客户需求和竞品信息，提交拜访报告', 'Collects customer needs and competitor news and files visit reports'),
    ((select id from org_position where code = 'territory-rep'), 4, '协助对账和货款回收', 'Helps with statements and collecting payments');

insert into org_position_duty (position_id, seq, text_zh, text_en) values
    ((select id from org_position where code = 'delivery-staff'), 0, '按配送单和路序准时送货', 'Delivers on time according to the delivery notes and the planned route'),
    ((select id from org_position where code = 'delivery-staff'), 1, '交货时与客户当面清点核对并取得签收', 'Counts and checks the goods with the customer at handover and obtains a signature'),
    ((select id from org_position where code = 'delivery-staff'), 2, '收取货到付款并及时交回财务', 'Collects cash-on-delivery payments and hands them to finance promptly'),
    ((select id from org_position where code = 'delivery-staff'), 3, '带回退货和包装，反馈客户意见', 'Brings back returns and packaging and passes on customer feedback'),
    ((select id from org_position where code = 'delivery-staff'), 4, '保障车辆和货物安全，遵守交通法规', 'Keeps the vehicle and goods safe and drives within the traffic rules');
