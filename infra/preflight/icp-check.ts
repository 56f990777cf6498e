// China only: what the China runbook (docs/operations.md) asks before anyone can reach the district. API Gateway
// there answers 403 to every unauthenticated request until the account is associated with an ICP
// licence for the region (Beijing and Ningxia separately), and only a filed domain can be served,
// through a custom domain whose certificate is in ACM in that region.
import { DescribeCertificateCommand } from '@aws-sdk/client-acm';
import { partitionOf } from '../districts.js';
import { error, ok, warning, type Finding, type PreflightCheck } from './findings.js';

const CHECK = 'ICP (China)';
/** A certificate closer than this to its end is renewed before the deploy, not after. */
export const CERTIFICATE_MARGIN_DAYS = 30;

function coversDomain(names: readonly string[], domain: string): boolean {
  return names.some((name) => name === domain || (name.startsWith('*.') && domain.endsWith(name.slice(1)) && !domain.slice(0, -name.length + 1).includes('.')));
}

export const icpCheck: PreflightCheck = async ({ district, region, clients, now }) => {
  if (partitionOf(district) !== 'aws-cn') return [ok(CHECK, 'not a China region: no ICP licence needed.')];
  // A demo district may be tried from inside the account before the licence (docs/operations.md, China runbook: Before the licence).
  const missing = (message: string) => (district.demo === true ? warning(CHECK, `${message} (a demo district: deployed anyway, reachable only from inside the account)`) : error(CHECK, message));
  const findings: Finding[] = [];
  if (!district.icp) {
    findings.push(missing(`No ICP licence recorded: API Gateway in ${region} refuses every respondent with 403 until the account is associated with one. When AWS China has associated it, add "icp": { "licence": "…ICP备…号", "regions": ["${region}"] }.`));
  } else if (!district.icp.regions.includes(region)) {
    findings.push(missing(`The ICP association covers ${district.icp.regions.join(', ') || 'no region'}, not ${region}: Beijing and Ningxia are associated separately. Ask AWS China (Sinnet for Beijing, NWCD for Ningxia) to associate ${region}.`));
  }
  if (!district.customDomain) {
    findings.push(missing('No custom domain: the execute-api address cannot be filed, so only a filed domain of the district can be served in China. Add "customDomain" with its ACM certificate.'));
    return findings;
  }
  const { name, certificateArn } = district.customDomain;
  const { Certificate: certificate } = await clients.acm.send(new DescribeCertificateCommand({ CertificateArn: certificateArn }));
  const names = [certificate?.DomainName, ...(certificate?.SubjectAlternativeNames ?? [])].filter((n): n is string => Boolean(n));
  if (certificate?.Status !== 'ISSUED') findings.push(error(CHECK, `The certificate for ${name} is ${certificate?.Status ?? 'missing'}, not ISSUED: finish its validation in ACM (${region}) first.`));
  else if (!coversDomain(names, name)) findings.push(error(CHECK, `The certificate covers ${names.join(', ')}, not ${name}.`));
  else if (certificate.NotAfter && certificate.NotAfter.getTime() - now.getTime() < CERTIFICATE_MARGIN_DAYS * 86_400_000) {
    findings.push(warning(CHECK, `The certificate for ${name} ends on ${certificate.NotAfter.toISOString().slice(0, 10)}: renew or replace it soon (imported certificates do not renew themselves).`));
  }
  if (findings.length === 0) findings.push(ok(CHECK, `licence ${district.icp?.licence} for ${region}; ${name} with an issued certificate.`));
  return findings;
};
