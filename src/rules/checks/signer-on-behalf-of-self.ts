/**
 * rules — signer_on_behalf_of_self: a link of the signer's chain names the signer's own position
 * (ผู้ว่าราชการจังหวัดสกลนคร ปฏิบัติราชการแทน ผู้ว่าราชการจังหวัดสกลนคร), or two links name the same principal.
 * One signs on behalf of someone else (spec section 5); the chain is wrong or a position was copied twice.
 */
import { compact } from '../final-authority.js';
import { quote } from '../message-kit.js';
import { defineRule, type RuleFinding } from '../rule.js';

export const signerOnBehalfOfSelf = defineRule({
  code: 'signer_on_behalf_of_self',
  severity: 'error',
  severityReason: 'A signature on behalf of oneself states no delegation: the authority under which the letter is signed is unknown until the chain is corrected.',
  title: 'Signer signs on behalf of himself',
  description:
    'No link of the acting/on-behalf chain may name the signer\'s own position, and no principal may appear twice in the chain (spec section 5): ผู้ว่าราชการจังหวัดสกลนคร ปฏิบัติราชการแทน ผู้ว่าราชการจังหวัดสกลนคร is a copied line, not a delegation.',
  exampleBad: 'ผู้ว่าราชการจังหวัดสกลนคร / ปฏิบัติราชการแทน ผู้ว่าราชการจังหวัดสกลนคร',
  exampleGood: 'รองผู้ว่าราชการจังหวัดสกลนคร / ปฏิบัติราชการแทน ผู้ว่าราชการจังหวัดสกลนคร',
  reads: ['signer'],
  check: ({ circular }) => {
    const { signer } = circular;
    const seen = new Map<string, string>([[compact(signer.position), 'the signer\'s own position']]);
    const findings: RuleFinding[] = [];
    signer.chain.forEach((link, i) => {
      const key = compact(link.position);
      const earlier = seen.get(key);
      if (key !== '' && earlier !== undefined) {
        const own = earlier === 'the signer\'s own position';
        findings.push({
          path: ['signer', 'chain', i, 'position'],
          message: `${quote(`${link.relation} ${link.position}`)} names ${own ? 'the signer\'s own position' : `a principal already named (${earlier})`}; one signs on behalf of someone else: correct the signer's position or the chain.`,
          messageTh: `${quote(`${link.relation} ${link.position}`)} ระบุ${own ? 'ตำแหน่งของผู้ลงนามเอง' : 'ผู้มีอำนาจที่ระบุไว้แล้ว'} ซึ่งเป็นการลงนามแทนตนเอง ให้แก้ตำแหน่งของผู้ลงนามหรือลำดับการปฏิบัติราชการแทน`,
        });
      } else if (key !== '') {
        seen.set(key, `link ${i + 1}`);
      }
    });
    return findings;
  },
});
