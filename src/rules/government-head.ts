/**
 * rules — is a position the head of a government department or provincial office?
 * Used to judge the acting forms of spec §5.1: for such heads an official acts with รักษาราชการแทน
 * (or signs under delegation with ปฏิบัติราชการแทน); รักษาการแทน belongs to bodies under their own
 * statutes (universities, state enterprises), รักษาการในตำแหน่ง to posts that are not agency heads.
 */

/** Heads of ministries, departments, provinces, districts and their divisions (พ.ร.บ.ระเบียบบริหารราชการแผ่นดิน). */
const HEAD_PREFIXES: readonly string[] = [
  'อธิบดี',
  'ผู้ว่าราชการจังหวัด',
  'ผู้ว่าราชการกรุงเทพมหานคร',
  'ปลัดกระทรวง',
  'ปลัดสำนักนายกรัฐมนตรี',
  'ปลัดจังหวัด',
  'นายอำเภอ',
  'เลขาธิการ',
  'เลขานุการกรม',
  'ผู้อำนวยการสำนัก',
  'ผู้อำนวยการกอง',
  'ผู้บัญชาการ',
  'หัวหน้าสำนักงานจังหวัด',
];

/** Words of bodies that appoint acting heads under their own statutes, where รักษาการแทน is normal. */
const STATUTORY_BODY = /มหาวิทยาลัย|อธิการบดี|คณบดี|ผู้ว่าการ(?!ราช)|บริษัท|องค์การ|สถาบัน|สภา|วิทยาลัย|โรงเรียน|การไฟฟ้า|การประปา|ธนาคาร|กองทุน|มูลนิธิ|สมาคม|นายกเทศมนตรี|นายกองค์การบริหาร/u;

/**
 * True for the head of a government agency at department or province level and the heads of
 * provincial offices (`พัฒนาการจังหวัด`, `สาธารณสุขจังหวัด…`). Deputies (`รอง…`) are not heads.
 * @example isGovernmentHead('อธิบดีกรมการพัฒนาชุมชน') // true
 * @example isGovernmentHead('พัฒนาการจังหวัด') // true
 * @example isGovernmentHead('อธิการบดีมหาวิทยาลัยขอนแก่น') // false
 */
export function isGovernmentHead(position: string): boolean {
  const text = position.trim();
  if (text.startsWith('รอง') || text.startsWith('ผู้ช่วย') || STATUTORY_BODY.test(text)) return false;
  if (HEAD_PREFIXES.some((prefix) => text.startsWith(prefix))) return true;
  // Heads of provincial offices are named <function>จังหวัด[<province>]: พัฒนาการจังหวัด, เกษตรจังหวัดสกลนคร.
  return /^[ก-๛]+จังหวัด/u.test(text) && !text.startsWith('สำนักงาน');
}
