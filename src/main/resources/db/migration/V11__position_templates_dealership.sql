-- Position templates of a 4S store (SPEC §1) with their duties (岗位职责), for every installation.
-- Codes are stable: hiring, demo data and role defaults refer to them.

insert into org_position (code, name_zh, name_en, store_type, level, reports_to_id, default_role_code)
values ('gm', '总经理', 'General manager', 'DEALERSHIP', 1, null, 'gm');
insert into org_position (code, name_zh, name_en, store_type, level, reports_to_id, default_role_code)
values ('sales-manager', '销售经理', 'Sales manager', 'DEALERSHIP', 2, (select id from org_position where code = 'gm'), 'salesmanager');
insert into org_position (code, name_zh, name_en, store_type, level, reports_to_id, default_role_code)
values ('sales-consultant', '销售顾问', 'Sales consultant', 'DEALERSHIP', 4, (select id from org_position where code = 'sales-manager'), 'consultant');
insert into org_position (code, name_zh, name_en, store_type, level, reports_to_id, default_role_code)
values ('sales-clerk', '销售信息员（内勤）', 'Sales information clerk', 'DEALERSHIP', 4, (select id from org_position where code = 'sales-manager'), 'clerk');
insert into org_position (code, name_zh, name_en, store_type, level, reports_to_id, default_role_code)
values ('finance-specialist', '分期专员', 'Installment specialist', 'DEALERSHIP', 4, (select id from org_position where code = 'gm'), 'finance');
insert into org_position (code, name_zh, name_en, store_type, level, reports_to_id, default_role_code)
values ('parts-planner', '配件计划员', 'Parts planner', 'DEALERSHIP', 4, (select id from org_position where code = 'gm'), 'partsplanner');
insert into org_position (code, name_zh, name_en, store_type, level, reports_to_id, default_role_code)
values ('service-receptionist', '服务顾问（前台接待）', 'Service receptionist', 'DEALERSHIP', 4, (select id from org_position where code = 'gm'), 'service');
insert into org_position (code, name_zh, name_en, store_type, level, reports_to_id, default_role_code)
values ('cs-specialist', '客服专员', 'Customer-service specialist', 'DEALERSHIP', 4, (select id from org_position where code = 'gm'), 'cs');

insert into org_position_duty (position_id, seq, text_zh, text_en) values
    ((select id from org_position where code = 'gm'), 0, '全面负责门店经营管理，制定并落实年度销售、毛利和客户满意度目标', 'Runs the store as a whole; sets and delivers the annual sales, gross-margin and customer-satisfaction targets'),
    ((select id from org_position where code = 'gm'), 1, '审批月度车型订单、重大折扣、费用预算和销售合同', 'Approves the monthly factory order, large discounts, expense budgets and sales contracts'),
    ((select id from org_position where code = 'gm'), 2, '统筹销售、售后、配件、财务和客服各部门的协作', 'Coordinates the sales, after-sales, parts, finance and customer-care departments'),
    ((select id from org_position where code = 'gm'), 3, '维护与厂家、银行、保险公司及政府部门的关系', 'Maintains relations with the manufacturer, banks, insurers and authorities'),
    ((select id from org_position where code = 'gm'), 4, '主持经营例会，分析经营数据并决定改进措施', 'Chairs the management meetings, reviews the figures and decides on improvements'),
    ((select id from org_position where code = 'gm'), 5, '负责团队建设、人员编制、考核与激励', 'Builds the team: headcount plan, performance reviews and incentives');

insert into org_position_duty (position_id, seq, text_zh, text_en) values
    ((select id from org_position where code = 'sales-manager'), 0, '将销售目标分解到小组和个人，每日跟踪完成进度', 'Breaks the sales target down to teams and consultants and tracks progress every day'),
    ((select id from org_position where code = 'sales-manager'), 1, '主持每日晨会和夕会，检查意向客户跟进和三表卡', 'Runs the daily morning and evening meetings; checks lead follow-up and the "three forms and a card"'),
    ((select id from org_position where code = 'sales-manager'), 2, '在权限内审批报价折扣，审核销售合同', 'Approves quote discounts within the authority and reviews sales contracts'),
    ((select id from org_position where code = 'sales-manager'), 3, '确认战败原因，分析成交率和客户流失', 'Confirms lost-lead reasons and analyses conversion and lost customers'),
    ((select id from org_position where code = 'sales-manager'), 4, '提出车型订购和库存建议，控制库龄', 'Proposes model orders and stock levels and keeps stock age under control'),
    ((select id from org_position where code = 'sales-manager'), 5, '培训、辅导和考核销售顾问', 'Trains, coaches and evaluates the sales consultants'),
    ((select id from org_position where code = 'sales-manager'), 6, '处理重要客户投诉和疑难订单', 'Handles key-customer complaints and difficult deals');

insert into org_position_duty (position_id, seq, text_zh, text_en) values
    ((select id from org_position where code = 'sales-consultant'), 0, '接待来店和来电客户，做好来店/来电登记', 'Welcomes showroom and phone visitors and records every visit and call'),
    ((select id from org_position where code = 'sales-consultant'), 1, '了解客户需求，介绍车型，安排试乘试驾', 'Finds out what the customer needs, presents the models and arranges test drives'),
    ((select id from org_position where code = 'sales-consultant'), 2, '按意向级别跟进客户，及时更新意向客户管理卡', 'Follows up leads by intention level and keeps the lead card up to date'),
    ((select id from org_position where code = 'sales-consultant'), 3, '制作报价、洽谈成交，签订销售合同并收取定金', 'Prepares quotes, negotiates the deal, signs the contract and collects the deposit'),
    ((select id from org_position where code = 'sales-consultant'), 4, '跟进车辆准备，完成交车仪式和资料交接', 'Follows vehicle preparation and completes the delivery ceremony and document handover'),
    ((select id from org_position where code = 'sales-consultant'), 5, '交车后按期回访，维护保有客户并争取转介绍', 'Calls customers back after delivery, looks after owners and asks for referrals');

insert into org_position_duty (position_id, seq, text_zh, text_en) values
    ((select id from org_position where code = 'sales-clerk'), 0, '录入和维护客户档案、合同及车辆信息，确保数据准确', 'Enters and maintains customer, contract and vehicle records and keeps them accurate'),
    ((select id from org_position where code = 'sales-clerk'), 1, '汇总来店、订单和交车数据，编制销售日报、周报和月报', 'Compiles visits, orders and deliveries into the daily, weekly and monthly sales reports'),
    ((select id from org_position where code = 'sales-clerk'), 2, '登记车辆入库、出库，管理库存台账', 'Records vehicle arrivals and departures and keeps the stock book'),
    ((select id from org_position where code = 'sales-clerk'), 3, '整理归档合同、发票、合格证等销售资料', 'Files contracts, invoices, certificates of conformity and other sales documents'),
    ((select id from org_position where code = 'sales-clerk'), 4, '在厂家系统中提交订单和销售上报', 'Submits orders and sales reports in the manufacturer system');

insert into org_position_duty (position_id, seq, text_zh, text_en) values
    ((select id from org_position where code = 'finance-specialist'), 0, '向客户介绍分期方案，测算首付、期限和月供', 'Explains the financing options and works out down payment, term and monthly payment'),
    ((select id from org_position where code = 'finance-specialist'), 1, '收集审核贷款资料（五大件），提交银行或金融公司审批', 'Collects and checks the loan documents (the "five documents") and submits them to the bank or finance company'),
    ((select id from org_position where code = 'finance-specialist'), 2, '跟踪审批、担保和放款进度，及时告知销售顾问和客户', 'Tracks approval, guarantee and disbursement and keeps consultant and customer informed'),
    ((select id from org_position where code = 'finance-specialist'), 3, '办理上牌、抵押登记等手续', 'Handles vehicle registration, the mortgage lien and related formalities'),
    ((select id from org_position where code = 'finance-specialist'), 4, '跟进客户还款，协助逾期催收', 'Monitors repayments and helps to collect overdue instalments'),
    ((select id from org_position where code = 'finance-specialist'), 5, '统计金融渗透率和金融业务收益', 'Reports financing penetration and finance income');

insert into org_position_duty (position_id, seq, text_zh, text_en) values
    ((select id from org_position where code = 'parts-planner'), 0, '分析配件历史需求，设定安全库存和订货点', 'Analyses parts demand history and sets safety stock and reorder points'),
    ((select id from org_position where code = 'parts-planner'), 1, '编制配件采购计划，向厂家或供应商下达订单', 'Draws up parts purchase plans and places orders with the manufacturer or suppliers'),
    ((select id from org_position where code = 'parts-planner'), 2, '跟踪到货，组织入库验收，处理数量和质量差异', 'Tracks deliveries, organises receiving and settles quantity and quality discrepancies'),
    ((select id from org_position where code = 'parts-planner'), 3, '优化库存结构，处理呆滞件，避免缺货和积压', 'Keeps the stock mix healthy, clears slow movers and avoids both stock-outs and overstock'),
    ((select id from org_position where code = 'parts-planner'), 4, '与供应商对账，跟进应付款', 'Reconciles supplier accounts and follows up payables');

insert into org_position_duty (position_id, seq, text_zh, text_en) values
    ((select id from org_position where code = 'service-receptionist'), 0, '接待维修保养客户，环车检查并记录客户需求', 'Receives service customers, walks round the car and records what the customer asks for'),
    ((select id from org_position where code = 'service-receptionist'), 1, '开具维修委托书，预估费用和工期并经客户确认', 'Opens the repair order with an estimate of cost and time and gets the customer''s agreement'),
    ((select id from org_position where code = 'service-receptionist'), 2, '跟踪维修进度，增加项目须先征得客户同意', 'Follows the work in progress and agrees any additional work with the customer first'),
    ((select id from org_position where code = 'service-receptionist'), 3, '交车前检查维修质量，向客户解释维修项目和费用', 'Checks the quality before handover and explains the work done and the charges'),
    ((select id from org_position where code = 'service-receptionist'), 4, '维修后回访客户，提醒下次保养', 'Calls the customer back after the service and reminds them of the next one'),
    ((select id from org_position where code = 'service-receptionist'), 5, '受理保修索赔，准备索赔资料', 'Takes warranty claims and prepares the claim documents');

insert into org_position_duty (position_id, seq, text_zh, text_en) values
    ((select id from org_position where code = 'cs-specialist'), 0, '交车后第 1、7、30 天回访客户，记录客户反馈', 'Calls customers 1, 7 and 30 days after delivery and records their feedback'),
    ((select id from org_position where code = 'cs-specialist'), 1, '组织满意度调查，统计分析并反馈给相关部门', 'Runs satisfaction surveys, analyses the scores and reports back to the departments'),
    ((select id from org_position where code = 'cs-specialist'), 2, '受理客户投诉，登记、分派并跟踪至客户确认解决', 'Takes complaints, logs and assigns them and follows up until the customer confirms the fix'),
    ((select id from org_position where code = 'cs-specialist'), 3, '开展客户关怀：生日祝福、保险到期和保养提醒', 'Runs customer care: birthday greetings, insurance renewal and service reminders'),
    ((select id from org_position where code = 'cs-specialist'), 4, '定期汇总客户意见，提出改进建议', 'Summarises customer feedback regularly and proposes improvements');
