/** The signature lines under a printed report or self-assessment, and the place for the union's seal. */
export function SignOff({ signer }: { signer: string }) {
  return (
    <div className="yr-sign">
      <div className="yr-sign-line">
        <span>{signer}：＿＿＿＿＿＿</span>
        <span>工会主席（签字）：＿＿＿＿＿＿</span>
        <span>日期：＿＿年＿＿月＿＿日</span>
      </div>
      <div className="yr-seal">（工会盖章）</div>
    </div>
  );
}
