-- Fills a PostgreSQL AutoSales database (migrated and seeded with the demo group) with a dealer group at scale:
-- :stores more 4S stores, each with a sales department, 3 teams and :consultants_per_store consultants, and
-- :customers customers spread over them (~1,000 per consultant), 20 % companies, Chinese names with their pinyin
-- and initials, unique mobile numbers, and a card profile (trade stage, nature, volume, region, route) for 60 %.
-- Set-based INSERT … SELECT generate_series: the database builds the rows itself, no client round trips.
--   psql -v stores=29 -v consultants_per_store=34 -v customers=1000000 -f bench/customers/generate.sql autosales_bench
\set ON_ERROR_STOP on
\timing on
begin;

create temporary table surname(i int, zh text, py text);
insert into surname
select row_number() over () - 1, s[1], s[2]
from (select string_to_array(unnest(array[
 '王 wang','李 li','张 zhang','刘 liu','陈 chen','杨 yang','黄 huang','赵 zhao','吴 wu','周 zhou','徐 xu','孙 sun','马 ma',
 '朱 zhu','胡 hu','郭 guo','何 he','高 gao','林 lin','罗 luo','郑 zheng','梁 liang','谢 xie','宋 song','唐 tang','许 xu',
 '韩 han','冯 feng','邓 deng','曹 cao','彭 peng','曾 zeng','肖 xiao','田 tian','董 dong','袁 yuan','潘 pan','于 yu','蒋 jiang',
 '蔡 cai','余 yu','杜 du','叶 ye','程 cheng','苏 su','魏 wei','吕 lv','丁 ding','任 ren','沈 shen','姚 yao','卢 lu','姜 jiang',
 '崔 cui','钟 zhong','谭 tan','陆 lu','汪 wang','范 fan','金 jin','石 shi','廖 liao','贾 jia','夏 xia','韦 wei','付 fu',
 '方 fang','白 bai','邹 zou','孟 meng','熊 xiong','秦 qin','邱 qiu','江 jiang','尹 yin','薛 xue','闫 yan','段 duan','雷 lei',
 '侯 hou','龙 long','史 shi','陶 tao','黎 li','贺 he','顾 gu','毛 mao','郝 hao','龚 gong','邵 shao','万 wan','钱 qian','严 yan',
 '覃 qin','武 wu','戴 dai','莫 mo','孔 kong','向 xiang','汤 tang']), ' ') s) x;

create temporary table given(i int, zh text, py text);
insert into given
select row_number() over () - 1, s[1], s[2]
from (select string_to_array(unnest(array[
 '伟 wei','芳 fang','娜 na','敏 min','静 jing','丽 li','强 qiang','磊 lei','军 jun','洋 yang','勇 yong','艳 yan','杰 jie',
 '娟 juan','涛 tao','明 ming','超 chao','秀 xiu','霞 xia','平 ping','刚 gang','桂 gui','英 ying','华 hua','玉 yu','萍 ping',
 '红 hong','建 jian','文 wen','辉 hui','力 li','国 guo','峰 feng','琳 lin','鹏 peng','宇 yu','浩 hao','凯 kai','欣 xin',
 '晨 chen','婷 ting','雪 xue','慧 hui','俊 jun','斌 bin','波 bo','云 yun','飞 fei','海 hai','亮 liang','东 dong','宁 ning',
 '佳 jia','丹 dan','倩 qian','琴 qin','兰 lan','梅 mei','志 zhi','光 guang','春 chun','秋 qiu','冬 dong','立 li','新 xin',
 '成 cheng','龙 long','鑫 xin','嘉 jia','怡 yi','思 si','雨 yu','子 zi','博 bo','涵 han','瑞 rui','泽 ze','晓 xiao','天 tian',
 '昊 hao','然 ran','睿 rui','航 hang','轩 xuan','一 yi','诺 nuo','铭 ming','彤 tong','悦 yue','蕾 lei','薇 wei','颖 ying',
 '晶 jing','岩 yan','帆 fan','阳 yang','松 song','林 lin','森 sen','毅 yi']), ' ') s) x;

create temporary table city(i int, zh text, py text, region text);
insert into city
select row_number() over () - 1, s[1], s[2], s[3]
from (select string_to_array(unnest(array[
 '上海 shanghai 华东','杭州 hangzhou 华东','南京 nanjing 华东','苏州 suzhou 华东','宁波 ningbo 华东','合肥 hefei 华东',
 '北京 beijing 华北','天津 tianjin 华北','石家庄 shijiazhuang 华北','广州 guangzhou 华南','深圳 shenzhen 华南',
 '成都 chengdu 西南','重庆 chongqing 西南','武汉 wuhan 华中','长沙 changsha 华中','西安 xian 西北']), ' ') s) x;

create temporary table trade(i int, zh text, py text);
insert into trade
select row_number() over () - 1, s[1], s[2]
from (select string_to_array(unnest(array[
 '汽车服务 qichefuwu','物流 wuliu','租车 zuche','建设 jianshe','商贸 shangmao','出租车 chuzuche','科技 keji','运输 yunshu']), ' ') s) x;

-- stores, each with a sales department and three teams
insert into org_unit (parent_id, kind, store_type, code, name_zh, name_en, organised_by, planned_headcount, active, version)
select (select id from org_unit where kind = 'GROUP' order by id limit 1), 'STORE', 'DEALERSHIP', 'BENCH-S' || s,
       c.zh || '第' || s || '4S店', 'Bench store ' || s, null, 60, true, 0
from generate_series(1, :stores) s join city c on c.i = s % 16;
insert into org_unit (parent_id, kind, code, name_zh, name_en, organised_by, planned_headcount, active, version)
select u.id, 'DEPARTMENT', u.code || '-SALES', '销售部', 'Sales', 'PRODUCT_LINE', 40, true, 0
from org_unit u where u.code like 'BENCH-S%';
insert into org_unit (parent_id, kind, code, name_zh, name_en, planned_headcount, active, version)
select d.id, 'TEAM', d.code || '-T' || t, '销售' || t || '组', 'Team ' || t, 12, true, 0
from org_unit d cross join generate_series(1, 3) t where d.code like 'BENCH-S%-SALES';

insert into org_employee (employee_no, name, phone, position_id, unit_id, manager_id, hire_date, status, version)
select 'B' || t.id || '-' || n, s.zh || g.zh, '139' || lpad((t.id * 100 + n)::text, 8, '0'),
       (select id from org_position where code = 'sales-consultant'), t.id, null, date '2024-03-01', 'ACTIVE', 0
from org_unit t cross join generate_series(1, ceil(:consultants_per_store / 3.0)::int) n
join surname s on s.i = (t.id * 7 + n) % 100 join given g on g.i = (t.id * 13 + n * 3) % 100
where t.code like 'BENCH-S%-T%';

-- which store each bench consultant belongs to, numbered so customers can be dealt round-robin
create temporary table seller as
select row_number() over (order by e.id) - 1 as k, e.id as employee_id, s.id as store_id
from org_employee e join org_unit t on t.id = e.unit_id join org_unit d on d.id = t.parent_id join org_unit s on s.id = d.parent_id
where e.employee_no like 'B%';
-- the demo consultants get their ~1,000 each too, in the demo 4S store
insert into seller
select (select count(*) from seller) + row_number() over (order by e.id) - 1, e.id,
       (select id from org_unit where code = 'SH-PD-4S')
from org_employee e where e.employee_no in ('E1003', 'E1004');
create index on seller (k);
analyze seller;

-- the customers
with n_sellers as (select count(*) as n from seller)
insert into customer (store_id, owner_employee_id, kind, name, phone, lifecycle, grade, created_at, updated_at, version,
                      name_pinyin, name_initials, phone_normalized)
select sl.store_id, sl.employee_id,
       case when x % 5 = 0 then 'ORGANISATION' else 'INDIVIDUAL' end,
       case when x % 5 = 0 then c.zh || s.zh || g.zh || tr.zh || '有限公司' || (x / 5 % 97)
            when x % 3 = 0 then s.zh || g.zh || g2.zh else s.zh || g.zh end,
       phone, (array['POTENTIAL','NEW','OLD'])[1 + x % 3], (array['A','B','C', null])[1 + x % 4],
       ts, ts + ((x % 200) || ' days')::interval, 0,
       case when x % 5 = 0 then c.py || s.py || g.py || tr.py || 'youxiangongsi' || (x / 5 % 97)
            when x % 3 = 0 then s.py || g.py || g2.py else s.py || g.py end,
       case when x % 5 = 0 then left(c.py, 1) || left(s.py, 1) || left(g.py, 1)
            when x % 3 = 0 then left(s.py, 1) || left(g.py, 1) || left(g2.py, 1) else left(s.py, 1) || left(g.py, 1) end,
       phone
from (select x, '1' || (3 + x % 7) || lpad(((x::bigint * 7919) % 1000000000)::text, 9, '0') as phone,
             timestamp with time zone '2022-01-01 09:00:00+08' + ((x % 1400) || ' days')::interval
                 + ((x % 600) || ' minutes')::interval as ts
      from generate_series(1, :customers) x) g0
cross join n_sellers
join seller sl on sl.k = x % n_sellers.n
join surname s on s.i = (x * 31) % 100
join given g on g.i = (x * 17 + x / 100) % 100
join given g2 on g2.i = (x * 7 + 3) % 100
join city c on c.i = x % 16
join trade tr on tr.i = x % 8
order by x;

insert into customer_profile (customer_id, trade_stage, nature, volume_class, region, route_code, visit_order, updated_at, version)
select c.id, (array['PAST','TRADING','ABOUT_TO_TRADE'])[1 + c.id % 3], (array['INDIVIDUAL','ORDINARY_COMPANY','TRADE_PARTNER','GOVERNMENT','SPECIAL_PARTNER'])[1 + c.id % 5],
       (array['KEY','ORDINARY','SCATTERED'])[1 + c.id % 3], ci.region, 'R' || (c.id % 40), (c.id / 40 % 30) + 1, now(), 0
from customer c join city ci on ci.i = c.id % 16
where c.id % 5 < 3 and not exists (select 1 from customer_profile p where p.customer_id = c.id);

commit;
analyze customer;
analyze customer_profile;
analyze org_employee;
select count(*) as customers from customer;
