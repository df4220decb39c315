#!/usr/bin/env python3
"""Writes a customer import file (.xlsx) in the import template's layout, streaming, with the standard library only.

    python3 make_xlsx.py ROWS OUT.xlsx [FIRST_ROW]

Columns (the template's Chinese headers): 客户名称, 类型, 电话, 客户阶段, 等级. Names are Chinese names from the 100
commonest surnames and 100 given-name characters (one or two of them), companies (one row in five) a city, a word and a
suffix; every row has its own mobile number (199 + 8 digits, a permutation of the row number, so numbers never
repeat across files written with different FIRST_ROW). Cells are inline strings, one <row> per line, as POI's SAX reader
(the import's) reads them; the zip is deflated at level 6.
"""
import sys
import zipfile

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
            "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN = ("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国文辉鹏飞玉红波宇浩然子轩梓涵欣怡思雨佳琪博文"
         "晨阳一鸣俊杰志强海燕秀兰春梅晓东丹丹雪梅婷婷立新振华瑞家豪嘉怡雅琴慧敏")
CITIES = ["北京", "上海", "杭州", "南京", "苏州", "宁波", "合肥", "无锡", "广州", "深圳", "成都", "武汉"]
WORDS = ["华信", "远航", "鼎盛", "恒通", "新程", "博远", "锦华", "瑞丰", "天成", "宏达", "金桥", "汇通", "众合", "德胜"]
SUFFIX = ["贸易有限公司", "科技有限公司", "物流有限公司", "建设工程有限公司", "商贸有限公司"]
STAGES = ["潜在客户", "潜在客户", "新客户", "老客户"]
GRADES = ["", "A 级", "B 级", "B 级", "C 级"]
HEADERS = ["客户名称", "类型", "电话", "客户阶段", "等级"]
COLS = "ABCDE"


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def row_xml(r, values):
    cells = "".join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (COLS[i], r, esc(v))
                    for i, v in enumerate(values) if v)
    return '<row r="%d">%s</row>\n' % (r, cells)


def person(n):
    s = SURNAMES[n % 100]
    g = GIVEN[(n // 100) % len(GIVEN)]
    if (n // 7) % 3:  # two thirds have a two-character given name
        g += GIVEN[(n * 31 + 7) % len(GIVEN)]
    return s + g


def company(n):
    return CITIES[n % len(CITIES)] + WORDS[(n // 12) % len(WORDS)] + SUFFIX[(n // 168) % len(SUFFIX)]


def mobile(n):
    # 199 + 8 digits: n -> n * 7,919,993 mod 10^8 is a permutation (gcd = 1), so numbers are unique and scattered
    return "199%08d" % ((n * 7919993 + 12345) % 100_000_000)


def main():
    rows = int(sys.argv[1])
    out = sys.argv[2]
    first = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                   '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
                   '</Types>')
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                   '</Relationships>')
        z.writestr("xl/workbook.xml",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                   '<sheets><sheet name="客户" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                   '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
                   '</Relationships>')
        z.writestr("xl/styles.xml",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                   '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
                   '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
                   '<borders count="1"><border/></borders>'
                   '<cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="1"><xf xfId="0"/></cellXfs>'
                   '</styleSheet>')
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
            buf = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\n',
                   row_xml(1, HEADERS)]
            for i in range(rows):
                n = first + i
                org = n % 5 == 4
                buf.append(row_xml(i + 2, [company(n) if org else person(n), "单位" if org else "个人", mobile(n),
                                           STAGES[n % 4], GRADES[(n // 3) % 5]]))
                if len(buf) >= 10000:
                    f.write("".join(buf).encode("utf-8"))
                    buf = []
            buf.append("</sheetData></worksheet>")
            f.write("".join(buf).encode("utf-8"))


if __name__ == "__main__":
    main()
