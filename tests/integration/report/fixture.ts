/**
 * A hand-built store for the year report, made through the real API so every record went through
 * the services' rules. Every figure of 2026 (and 2025) is known; the test file lists them.
 *
 * Members: 张一 (男, 在编, 语文组, 1980) and 李二 (女, 在编, 数学组, ID 11010519491231002X) all along;
 * 王三 joined 2025-03-01, 调出 2026-06-30; 赵四 joined 2026-02-01 and 退会 2026-10-01 (same year);
 * 钱五 退休 2025-12-31; 孙六 (男, 临聘, 语文组, no birth date) joined 2026-09-01.
 */
import type { ApiClient } from '../../../shared/api/client';

export interface ReportFixture {
  members: Record<'张一' | '李二' | '王三' | '赵四' | '钱五' | '孙六', number>;
  motions: Record<'M1' | 'M2' | 'M3' | 'M4' | 'M5' | 'M6' | 'M7' | 'M8', number>;
  notices: Record<'N1' | 'N2' | 'N3' | 'N6', number>;
}

export async function buildReportStore(api: ApiClient): Promise<ReportFixture> {
  await api.call('settings.update', { schoolName: '城南实验小学', unionName: '城南实验小学工会' });

  const member = async (data: Parameters<typeof api.call<'members.create'>>[1]) => (await api.call('members.create', data)).id;
  const members = {
    张一: await member({ name: '张一', gender: '男', employmentType: '在编', department: '语文组', birthDate: '1980-05-01', joinDate: '2010-09-01', phone: '13812345678' }),
    李二: await member({ name: '李二', idNumber: '11010519491231002X', employmentType: '在编', department: '数学组', joinDate: '2015-09-01' }),
    王三: await member({ name: '王三', gender: '男', employmentType: '编外', department: '数学组', birthDate: '1996-01-01', joinDate: '2025-03-01' }),
    赵四: await member({ name: '赵四', gender: '女', employmentType: '临聘', joinDate: '2026-02-01' }),
    钱五: await member({ name: '钱五', gender: '女', employmentType: '在编', department: '语文组', birthDate: '1965-02-01', joinDate: '2000-01-01' }),
    孙六: await member({ name: '孙六', gender: '男', employmentType: '临聘', department: '语文组', joinDate: '2026-09-01' }),
  };

  // ---- congress: 第四届第五次 (2025) with two motions, 第五届第一次 (2026) with eight ----
  const s2025 = await api.call('congress.sessions.create', {
    term: 4, meeting: 5, sessionKind: '代表大会', sessionStart: '2025-03-10', motionClose: '2025-03-01', replyDays: 30,
  });
  const t4 = async (id: number) => (await api.call('congress.delegates.add', { term: 4, memberId: id, delegateKind: '正式', isTeacher: true, electedOn: '2024-09-01' })).id;
  const old = { a: await t4(members.张一), b: await t4(members.李二), e: await t4(members.钱五) };
  for (const [proposer, co] of [[old.a, [old.b, old.e]], [old.b, [old.a, old.e]]] as const) {
    const m = await api.call('congress.motions.create', {
      sessionId: s2025.id, motionTitle: '关于改善教师办公条件的建议', motionReasons: '理由', motionProposals: '办法', motionCategory: '后勤保障',
      proposerId: proposer, cosignerIds: [...co], submittedOn: '2025-02-20',
    });
    await api.call('congress.motions.review', { id: m.id, decision: '立案', decidedOn: '2025-03-12', leadUnit: '总务处' });
    await api.call('congress.motions.reply', { id: m.id, replyText: '已落实', repliedBy: '总务处', repliedOn: '2025-03-30', implementation: '已落实' });
    await api.call('congress.motions.feedback', { id: m.id, rating: '满意', ratedOn: '2025-04-02' });
  }

  const s2026 = await api.call('congress.sessions.create', {
    term: 5, meeting: 1, sessionKind: '代表大会', sessionStart: '2026-03-10', motionClose: '2026-03-01', replyDays: 30,
  });
  const t5 = async (id: number, kind: '正式' | '列席' = '正式') =>
    (await api.call('congress.delegates.add', { term: 5, memberId: id, delegateKind: kind, isTeacher: kind === '正式', electedOn: '2026-01-10' })).id;
  const d = { a: await t5(members.张一), b: await t5(members.李二), c: await t5(members.王三), obs: await t5(members.赵四, '列席') };
  const motion = async (title: string, proposer: number, co: number[]) =>
    (
      await api.call('congress.motions.create', {
        sessionId: s2026.id, motionTitle: title, motionReasons: '理由如下', motionProposals: '建议如下', motionCategory: '学校管理',
        proposerId: proposer, cosignerIds: co, submittedOn: '2026-02-20',
      })
    ).id;
  const motions = {
    M1: await motion('关于增设教师休息室的建议', d.a, [d.b, d.c]),
    M2: await motion('关于调整课后服务安排的建议', d.b, [d.a, d.c]),
    M3: await motion('关于改善教师休息条件的建议', d.c, [d.a, d.b]),
    M4: await motion('关于组织教师春游的建议', d.a, [d.b, d.c]),
    M5: await motion('关于提高午餐补贴的建议', d.b, [d.a, d.c]),
    M6: await motion('关于更新多媒体设备的建议', d.c, [d.a, d.b]),
    M7: await motion('+关于建立青年教师导师制的建议', d.a, [d.b, d.c]),
    M8: await motion('关于设立读书角的建议', d.b, [d.a, d.c]),
  };
  const file = (id: number) => api.call('congress.motions.review', { id, decision: '立案', decidedOn: '2026-03-12', leadUnit: '教务处' });
  // M1: replied on time (deadline 2026-04-11), 满意.
  await file(motions.M1);
  await api.call('congress.motions.reply', { id: motions.M1, replyText: '已腾出一间教室', repliedBy: '教务处', repliedOn: '2026-04-01', implementation: '已落实' });
  await api.call('congress.motions.feedback', { id: motions.M1, rating: '满意', ratedOn: '2026-04-03' });
  // M2: replied late, 不满意, replied again within the new deadline: answered, late, last rating 不满意.
  await file(motions.M2);
  await api.call('congress.motions.reply', { id: motions.M2, replyText: '研究后答复', repliedBy: '教务处', repliedOn: '2026-05-01', implementation: '正在落实' });
  await api.call('congress.motions.feedback', { id: motions.M2, rating: '不满意', ratedOn: '2026-05-05', ratingComment: '未解决' });
  await api.call('congress.motions.reply', { id: motions.M2, replyText: '已调整', repliedBy: '教务处', repliedOn: '2026-05-20', implementation: '已落实' });
  // M3 merged into M1; M4 to suggestions; M5 rejected; M6 filed and never answered (overdue); M8 not reviewed.
  await api.call('congress.motions.review', { id: motions.M3, decision: '合并立案', decidedOn: '2026-03-12', mergedIntoId: motions.M1 });
  await api.call('congress.motions.review', { id: motions.M4, decision: '转为意见建议', decidedOn: '2026-03-12', decisionReason: '属工会日常工作' });
  await api.call('congress.motions.review', { id: motions.M5, decision: '不予立案', decidedOn: '2026-03-12', decisionReason: '超出学校职权' });
  await file(motions.M6);
  // M7: on time, 基本满意, 优秀提案.
  await file(motions.M7);
  await api.call('congress.motions.reply', { id: motions.M7, replyText: '已建立', repliedBy: '教务处', repliedOn: '2026-04-05', implementation: '已落实' });
  await api.call('congress.motions.feedback', { id: motions.M7, rating: '基本满意', ratedOn: '2026-04-08' });
  await api.call('congress.motions.setExcellent', { id: motions.M7, excellent: true });

  // Two votes: 2 of 3 due for → 通过; 1 for → 未通过.
  const present = [d.a, d.b, d.c];
  await api.call('congress.votes.create', { sessionId: s2026.id, voteItem: '绩效工资分配方案', votedOn: '2026-03-10', voteMethod: '无记名投票', presentIds: present, votesFor: 2, votesAgainst: 1, abstain: 0, invalid: 0 });
  await api.call('congress.votes.create', { sessionId: s2026.id, voteItem: '教职工考勤办法', votedOn: '2026-03-10', voteMethod: '举手表决', presentIds: present, votesFor: 1, votesAgainst: 1, abstain: 1, invalid: 0 });

  // Status changes after the delegates were seated (only 在册 members can be elected).
  await api.call('members.changeStatus', { id: members.钱五, status: '退休', date: '2025-12-31', reason: '到龄退休' });
  await api.call('members.changeStatus', { id: members.王三, status: '调出', date: '2026-06-30', reason: '调往城北中学' });
  await api.call('members.changeStatus', { id: members.赵四, status: '退会', date: '2026-10-01', reason: '本人申请' });

  // ---- disclosure ----
  const notice = async (title: string, category: string, scope: '对内' | '对外' | '对内对外', publishDate: string) => {
    const n = await api.call('disclosure.notices.create', {
      noticeTitle: title, noticeCategory: category, noticeScope: scope, noticeKind: '即时', noticeBody: '<p>内容</p>', publishDate, periodWorkingDays: 5,
    });
    await api.call('disclosure.notices.approve', { id: n.id, stateDate: publishDate });
    await api.call('disclosure.notices.publish', { id: n.id });
    return n.id;
  };
  const notices = {
    N1: await notice('=2026年绩效工资分配方案', '绩效工资', '对内', '2026-03-16'),
    N2: await notice('2026年评先评优结果公示', '评先评优', '对内对外', '2026-09-01'),
    N3: await notice('2026年招生方案', '招生', '对外', '2026-05-11'),
    N6: await notice('2025年食堂收费标准', '收费', '对外', '2025-06-02'),
  };
  const o1 = await api.call('disclosure.objections.add', { noticeId: notices.N1, objectionReceivedOn: '2026-03-17', objectorName: '张一', objectorContact: '13812345678', objectionContent: '分配比例有疑问' });
  await api.call('disclosure.objections.resolve', { id: o1.id, objectionHandling: '已当面解释', objectionResult: '维持原方案', objectionResolvedOn: '2026-03-19' });
  await api.call('disclosure.notices.archive', { id: notices.N1, stateDate: '2026-04-01' });
  await api.call('disclosure.objections.add', { noticeId: notices.N2, objectionReceivedOn: '2026-09-02', objectorName: '李二', objectionContent: '评选程序有疑问' });
  await api.call('disclosure.notices.withdraw', { id: notices.N3, stateDate: '2026-05-12', withdrawReason: '方案需修改' });
  await api.call('disclosure.notices.archive', { id: notices.N6, stateDate: '2025-07-01' });
  const draft = await api.call('disclosure.notices.create', {
    noticeTitle: '草稿', noticeCategory: '其他', noticeScope: '对内', noticeKind: '即时', noticeBody: '<p>草稿</p>', publishDate: '2026-06-01', periodWorkingDays: 5,
  });
  await api.call('disclosure.notices.delete', { id: draft.id });
  await api.call('disclosure.issues.create', { issueNumber: 1, issueDate: '2026-03-16', noticeIds: [notices.N1] });

  // ---- welfare ----
  const visit = (data: Parameters<typeof api.call<'welfare.visits.create'>>[1]) => api.call('welfare.visits.create', data);
  await visit({ memberId: members.张一, visitDate: '2026-04-10', reason: '生病住院', amountFen: 50000, goodsValueFen: 0, evidence: ['住院证明'], overStandardConfirmed: true, overStandardNote: '核实' });
  await visit({ memberId: members.张一, visitDate: '2026-01-20', reason: '春节慰问', amountFen: 30000, goods: '米油', goodsValueFen: 10000, overStandardConfirmed: true });
  await visit({ memberId: members.张一, recipientName: '张母', recipientRelation: '母亲', visitDate: '2026-04-12', reason: '生病住院', amountFen: 30000, goodsValueFen: 0, evidence: ['住院证明'], overStandardConfirmed: true });
  await visit({ memberId: null, recipientName: '刘退休', recipientRelation: '退休教师', visitDate: '2026-01-21', reason: '春节慰问', amountFen: 30000, goodsValueFen: 0, overStandardConfirmed: true });
  await visit({ memberId: members.李二, visitDate: '2026-05-01', reason: '结婚', amountFen: 200000, goodsValueFen: 0, evidence: ['结婚证'], overStandardConfirmed: true, overStandardNote: '经工会委员会研究' });
  await api.call('welfare.batches.create', { title: '2026年教师节慰问', memberIds: [members.张一, members.李二, members.孙六], visitDate: '2026-09-10', reason: '教师节慰问', amountFen: 20000, goodsValueFen: 0, overStandardConfirmed: true });
  await visit({ memberId: members.钱五, visitDate: '2025-12-20', reason: '退休', amountFen: 0, goods: '纪念品', goodsValueFen: 50000, overStandardConfirmed: true });

  const hardship = (memberId: number, level: '深度困难' | '相对困难' | '意外致困', filedOn: string, extra: Record<string, unknown> = {}) =>
    api.call('welfare.hardship.create', {
      memberId, level, mainCause: '本人患重病', householdSize: 3, perCapitaIncomeFen: 150000, filedOn, verifiedOn: filedOn, verifiedBy: '工会', ...extra,
    });
  const h1 = await hardship(members.李二, '相对困难', '2025-03-01');
  await api.call('welfare.hardship.reverify', { id: h1.id, verifiedOn: '2026-02-15', verifiedBy: '工会' });
  await hardship(members.张一, '深度困难', '2025-06-01');
  await hardship(members.孙六, '意外致困', '2026-10-01', { status: '脱困', statusDate: '2026-11-01', statusReason: '已康复' });
  return { members, motions, notices };
}
