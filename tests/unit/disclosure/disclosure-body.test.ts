import { describe, expect, it } from 'vitest';
import { bodyToText, htmlToBlocks, sanitizeBodyHtml, textToBlocks, blocksToHtml } from '../../../shared/disclosure/body';

const ALLOWED = /^<\/?(p|br|table|thead|tbody|tr|th|td)( (colspan|rowspan)="\d+")*>$/;

function onlyAllowedTags(html: string): boolean {
  return (html.match(/<[^>]*>/g) ?? []).every((t) => ALLOWED.test(t));
}

describe('notice body sanitizer', () => {
  it('keeps paragraphs, line breaks and tables', () => {
    const html = '<p>第一段<br>第二行</p><table><tr><th>姓名</th><th>部门</th></tr><tr><td>张三</td><td>语文组</td></tr></table>';
    expect(sanitizeBodyHtml(html)).toBe(
      '<p>第一段<br>第二行</p><table><thead><tr><th>姓名</th><th>部门</th></tr></thead><tbody><tr><td>张三</td><td>语文组</td></tr></tbody></table>',
    );
  });

  it('drops scripts, styles, iframes and their contents', () => {
    const out = sanitizeBodyHtml(
      '<p>前</p><script>alert(1)</script><style>p{color:red}</style><iframe src="https://x">框</iframe><SCRIPT type="text/javascript">x()</SCRIPT><p>后</p>',
    );
    expect(out).toBe('<p>前</p><p>后</p>');
  });

  it('drops event handlers, javascript: URLs and style attributes', () => {
    const out = sanitizeBodyHtml(
      '<p onclick="alert(1)" style="color:red">点<a href="javascript:alert(1)">这里</a><img src=x onerror=alert(1)></p><td onmouseover=x>格</td>',
    );
    expect(out).not.toMatch(/onclick|onerror|onmouseover|javascript|style|href|img/i);
    expect(out).toContain('点这里');
    expect(onlyAllowedTags(out)).toBe(true);
  });

  it('survives nested junk, unclosed tags, comments and tricky quoting', () => {
    const nasty = [
      '<div><svg><script>alert(1)</script><a xlink:href="javascript:x">s</a></svg>正文</div>',
      '<scr<script>ipt>alert(1)</script>',
      '<!-- <script>alert(1)</script> -->注释后',
      '<p title="a>b" onclick=\'x()\'>引号</p>',
      '<math><mi xlink:href="javascript:alert(1)">m</mi></math>',
      '<object data="x"><embed src="y"></object>',
      '<table><tr><td><table><tr><td>内</td><td>层</td></tr></table></td></tr></table>',
      '<p>未闭合<b>粗<i>斜',
      '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
      '&lt;script&gt;alert(1)&lt;/script&gt;',
      '<p>a < b && c > d</p>',
      '<img src=x onerror=alert(1)//',
    ].join('');
    const out = sanitizeBodyHtml(nasty);
    expect(onlyAllowedTags(out)).toBe(true);
    expect(out).not.toMatch(/<script|<img|<svg|<iframe|onerror|onclick|javascript:/i);
    // Escaped text stays escaped text: it is shown, never parsed.
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('a &lt; b &amp;&amp; c &gt; d');
    expect(out).toContain('正文');
    expect(out).toContain('注释后');
    expect(out).toContain('内 层');
  });

  it('is idempotent: sanitizing its own output changes nothing', () => {
    const once = sanitizeBodyHtml('<div>一<br/>二</div><table><tr><td colspan="2" style="x">合并</td></tr><tr><td>甲</td><td>乙</td></tr></table>');
    expect(sanitizeBodyHtml(once)).toBe(once);
    expect(once).toContain('<td colspan="2">合并</td>');
  });

  it('reads what Excel puts on the clipboard as text/html', () => {
    const excel = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset=utf-8><style>
      .xl65{mso-number-format:"\\@";}</style><!--[if gte mso 9]><xml><x:ExcelWorkbook></x:ExcelWorkbook></xml><![endif]--></head>
      <body link="#0563C1"><table border=0 cellpadding=0 cellspacing=0 width=216 style='border-collapse:collapse'>
      <col width=72 span=3><!--StartFragment-->
      <tr height=18><td height=18 class=xl65 width=72>序号</td><td width=72>姓名</td><td width=72>荣誉</td></tr>
      <tr height=18><td height=18 align=right>1</td><td>张&nbsp;三</td><td>优秀教师</td></tr>
      <!--EndFragment--></table></body></html>`;
    const blocks = htmlToBlocks(excel);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.type).toBe('table');
    expect(bodyToText(blocks.length ? blocksToHtml(blocks) : '')).toBe('序号\t姓名\t荣誉\n1\t张 三\t优秀教师');
  });

  it('turns tab-separated text (Excel text/plain) into a table and other lines into paragraphs', () => {
    const blocks = textToBlocks('获奖名单如下：\r\n姓名\t部门\n张三\t语文组\n李四\t数学组\n\n以上名单公示。');
    expect(blocks.map((b) => b.type)).toEqual(['p', 'table', 'p']);
    expect(sanitizeBodyHtml(blocksToHtml(blocks))).toContain('<td>李四</td><td>数学组</td>');
  });

  it('returns nothing for a body that was only junk', () => {
    expect(sanitizeBodyHtml('<script>x</script><style>y</style>   <p> </p>')).toBe('');
  });
});
