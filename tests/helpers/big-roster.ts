/**
 * A large, valid roster workbook (distinct resident IDs, a title row above the header), for the
 * job tests, the e2e progress test and bench:jobs. Deterministic: the same seed gives the same file.
 */
import ExcelJS from 'exceljs';
import { residentIdCheckChar } from '../../shared/domain/resident-id';

const HEADERS = ['序号', '姓名', '性别', '民族', '出生年月', '身份证号码', '政治面貌', '学历', '所在部门', '联系电话', '入会时间'];
const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金'];
const GIVEN = [...'伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华玉萍红娥玲芬燕建国志文辉丹鹏宇浩然晨曦思雨梓涵欣怡子轩诗琪雅婷'];
const DEPARTMENTS = ['语文组', '数学组', '英语组', '物理组', '化学组', '体育组', '教务处', '总务处'];

export async function bigRosterXlsx(rows: number, seed = 20261201): Promise<Buffer> {
  let state = seed;
  const random = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('会员花名册');
  sheet.addRow([`某某学校工会会员花名册（${rows} 人）`]);
  sheet.addRow(HEADERS);
  const used = new Set<string>();
  for (let i = 0; i < rows; i++) {
    let id = '';
    let y = 0;
    let m = 0;
    let d = 0;
    do {
      y = 1960 + Math.floor(random() * 45);
      m = 1 + Math.floor(random() * 12);
      d = 1 + Math.floor(random() * 28);
      const first17 = `320482${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${String(Math.floor(random() * 1000)).padStart(3, '0')}`;
      id = first17 + residentIdCheckChar(first17);
    } while (used.has(id));
    used.add(id);
    sheet.addRow([
      i + 1,
      pick(SURNAMES) + pick(GIVEN) + (random() < 0.5 ? pick(GIVEN) : ''),
      Number(id[16]) % 2 === 1 ? '男' : '女',
      '汉族',
      `${y}.${String(m).padStart(2, '0')}`,
      id,
      pick(['中共党员', '群众', '共青团员']),
      pick(['大学本科', '硕士研究生', '大学专科']),
      pick(DEPARTMENTS),
      `13${String(Math.floor(random() * 1e9)).padStart(9, '0')}`,
      `${2000 + Math.floor(random() * 25)}-0${1 + Math.floor(random() * 9)}-01`,
    ]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
