#!/usr/bin/env python3
"""Writes a plain-text report (one paragraph a line) as a flat ODT with its level-1 headings in
Heading 1, so the samples exist as a real Writer document too. Usage: text-to-fodt.py IN.txt OUT.fodt"""
import re
import sys
from xml.sax.saxutils import escape

HEADING = re.compile(r"^[一二三四五六七八九十]+[、.，,．]")

def main(source, target):
    lines = open(source, encoding="utf-8").read().splitlines()
    body = []
    for number, line in enumerate(lines):
        text = escape(line)
        if number == 0:
            body.append(f'<text:p text:style-name="Title">{text}</text:p>')
        elif HEADING.match(line):
            body.append(f'<text:h text:style-name="Heading_20_1" text:outline-level="1">{text}</text:h>')
        else:
            body.append(f'<text:p text:style-name="Text_20_body">{text}</text:p>')
    document = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:styles>
  <style:style style:name="Standard" style:family="paragraph"/>
  <style:style style:name="Title" style:family="paragraph">
   <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.5cm"/>
   <style:text-properties fo:font-size="22pt" style:font-size-asian="22pt"/>
  </style:style>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1">
   <style:text-properties fo:font-size="16pt" style:font-size-asian="16pt" fo:font-weight="bold" style:font-weight-asian="bold"/>
  </style:style>
  <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph">
   <style:paragraph-properties fo:text-indent="0.99cm" fo:line-height="150%"/>
   <style:text-properties fo:font-size="16pt" style:font-size-asian="16pt"/>
  </style:style>
 </office:styles>
 <office:body>
  <office:text>
   {chr(10).join("   " + paragraph for paragraph in body).strip()}
  </office:text>
 </office:body>
</office:document>
"""
    open(target, "w", encoding="utf-8").write(document)

if __name__ == "__main__":
    main(*sys.argv[1:])
