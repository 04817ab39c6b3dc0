import { describe, expect, it } from 'vitest';
import { bodyToText, htmlToBlocks, sanitizeBodyHtml } from '../../../shared/disclosure/body';

// What a chair pastes into a 公示 body: Word's and WPS's text/html clipboard, full of mso- styles,
// Office namespaces, conditional comments and half-closed tags. Only p/br/table markup may come out.
const ALLOWED = /^<\/?(p|br|table|thead|tbody|tr|th|td)( (colspan|rowspan)="\d+")*>$/;
const onlyAllowedTags = (html: string) => (html.match(/<[^>]*>/g) ?? []).every((t) => ALLOWED.test(t));

const WORD = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15"><title>公示</title>
<!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/></o:OfficeDocumentSettings></xml><![endif]-->
<style><!--
 /* Font Definitions */
 @font-face {font-family:宋体; panose-1:2 1 6 0 3 1 1 1 1 1;}
 p.MsoNormal {mso-style-unhide:no; mso-style-parent:""; margin:0cm; font-size:10.5pt;}
--></style></head>
<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>
<!--StartFragment-->
<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:16.0pt;font-family:黑体;
mso-ascii-font-family:"Times New Roman"'>关于2026年度评优评先结果的公示<span lang=EN-US><o:p></o:p></span></span></b></p>
<p class=MsoNormal style='text-indent:21.0pt;mso-char-indent-count:2.0'><span style='font-family:宋体'>经学校评审小组评议，现将结果公示如下：</span><span
lang=EN-US><o:p>&nbsp;</o:p></span></p>
<p class=MsoListParagraph style='margin-left:18.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
lang=EN-US>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]><span>张三（语文组）</span></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;
 mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>
 <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>
  <td width=284 valign=top style='width:212.7pt;border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt'>
  <p class=MsoNormal><span style='font-family:宋体'>姓名</span><span lang=EN-US><o:p></o:p></span></p>
  </td>
  <td width=284 valign=top style='width:212.7pt;border:solid windowtext 1.0pt;border-left:none'>
  <p class=MsoNormal><span style='font-family:宋体'>荣誉</span><span lang=EN-US><o:p></o:p></span></p>
  </td>
 </tr>
 <tr style='mso-yfti-irow:1;mso-yfti-lastrow:yes'>
  <td width=284 valign=top><p class=MsoNormal><span>李四</span></p></td>
  <td width=284 valign=top><p class=MsoNormal><span>优秀教师</span><span lang=EN-US><o:p></o:p></span></p></td>
 </tr>
</table>
<p class=MsoNormal><span lang=EN-US style='mso-bidi-font-size:10.5pt'><o:p>&nbsp;</o:p></span></p>
<p class=MsoNormal align=right style='text-align:right'><span>公示期：2026年12月1日至12月7日&#12290;</span></p>
<!--EndFragment-->
</body></html>`;

// WPS writes <font> and spacerun spans, and conditional comments of its own.
const WPS = `<meta charset="utf-8"><!--[if !mso]><style>v\\:* {behavior:url(#default#VML);}</style><![endif]-->
<p class="MsoNormal" style="mso-pagination:widow-orphan"><font face="宋体">一、</font><span style="mso-spacerun:'yes';font-family:仿宋_GB2312;mso-hansi-font-family:仿宋">公示内容<o:p></o:p></span></p>
<p class="MsoNormal"><span style="mso-spacerun:'yes'">&#160;&#160;</span>二、监督电话：<span lang="EN-US">0571-88888888</span></p>`;

describe('a notice body pasted from Word or WPS', () => {
  it('keeps Word\'s text and table and nothing of its styling', () => {
    const out = sanitizeBodyHtml(WORD);
    expect(out).toBe(
      '<p>关于2026年度评优评先结果的公示</p><p>经学校评审小组评议，现将结果公示如下：</p><p>1. 张三（语文组）</p>' +
        '<table><tbody><tr><td>姓名</td><td>荣誉</td></tr><tr><td>李四</td><td>优秀教师</td></tr></tbody></table>' +
        '<p>公示期：2026年12月1日至12月7日。</p>',
    );
    expect(out).not.toMatch(/mso|o:p|font|style|class/i);
  });

  it('reads WPS\'s font tags, spacerun spans and conditional comments as plain paragraphs', () => {
    expect(sanitizeBodyHtml(WPS)).toBe('<p>一、公示内容</p><p>二、监督电话：0571-88888888</p>');
  });

  it('drops whatever a conditional comment hides, and the script a downlevel-revealed one shows', () => {
    const out = sanitizeBodyHtml(
      '<p>前</p><!--[if gte mso 9]><script>alert(1)</script><p>隐藏</p><![endif]--><![if !mso]><script>alert(2)</script><![endif]><p>后</p>',
    );
    expect(out).toBe('<p>前</p><p>后</p>');
  });

  it('closes tags the way a browser does: paragraphs, cells and rows left open', () => {
    expect(sanitizeBodyHtml('<p>一<p>二<table><tr><td>甲<td>乙<tr><td>丙')).toBe(
      '<p>一</p><p>二</p><table><tbody><tr><td>甲</td><td>乙</td></tr><tr><td>丙</td></tr></tbody></table>',
    );
    expect(sanitizeBodyHtml('<div>正文<span>未闭合<b>粗体')).toBe('<p>正文未闭合粗体</p>');
  });

  it('decodes entities once and escapes them again on the way out', () => {
    const out = sanitizeBodyHtml('<p>&ldquo;师德标兵&rdquo;&middot;&yen;1,200&hellip;&#12290;&#x3001;&amp;lt;b&amp;gt;&nbsp;&emsp;完</p>');
    expect(out).toBe('<p>“师德标兵”·¥1,200…。、&amp;lt;b&amp;gt; 完</p>');
    expect(bodyToText(out)).toBe('“师德标兵”·¥1,200…。、&lt;b&gt; 完');
  });

  it('keeps nothing of script, style, iframe, event handlers or javascript: links', () => {
    const out = sanitizeBodyHtml(
      [
        '<p style="mso-list:l0;background:url(javascript:alert(1))" onmouseover="alert(1)">正文</p>',
        '<a href="javascript:alert(1)">链接一</a><a href=" jav&#x09;ascript:alert(1)">链接二</a>',
        '<iframe srcdoc="<script>alert(1)</script>">框</iframe><style>@import url(x.css)</style>',
        '<form action="javascript:alert(1)"><button formaction="javascript:x">按钮</button></form>',
        '<table onclick="x()"><tr><td onmouseover="x()" style="mso-number-format:\'\\@\'" colspan="2">格</td></tr></table>',
        '<script>document.write("<p>写入</p>")</script>',
      ].join(''),
    );
    expect(onlyAllowedTags(out)).toBe(true);
    expect(out).not.toMatch(/javascript|alert|onclick|onmouseover|srcdoc|href|style|写入|按钮|框/i);
    expect(out).toContain('<p>正文</p>');
    expect(out).toContain('链接一链接二');
    expect(out).toContain('<td colspan="2">格</td>');
  });

  it('gives a table pasted from Word the same rows in the editor as on the board', () => {
    const blocks = htmlToBlocks(WORD);
    expect(blocks.map((b) => b.type)).toEqual(['p', 'p', 'p', 'table', 'p']);
    const table = blocks[3];
    expect(table?.type === 'table' && table.rows.map((r) => r.map((c) => c.lines.join('/')))).toEqual([
      ['姓名', '荣誉'],
      ['李四', '优秀教师'],
    ]);
  });

  it('knows every named entity a browser knows, with or without the semicolon', () => {
    expect(sanitizeBodyHtml('<p>建筑面积 1200m&sup2;，提取 5&permil;，工期 &ge; 90 天 &rarr; 验收 &copy 2026</p>')).toBe(
      '<p>建筑面积 1200m²，提取 5‰，工期 ≥ 90 天 → 验收 © 2026</p>',
    );
  });

  it('puts text stranded between table rows before the table, as a browser shows it', () => {
    expect(sanitizeBodyHtml('<table>名单如下<tr><td>张三</td></tr></table>')).toBe(
      '<p>名单如下</p><table><tbody><tr><td>张三</td></tr></tbody></table>',
    );
  });

  it('reads a body nested thousands of tags deep without running out of stack', () => {
    const deep = '<span>'.repeat(15_000) + '深' + '</span>'.repeat(15_000);
    expect(sanitizeBodyHtml(`<p>${deep}</p>`)).toBe('<p>深</p>');
  });
});
