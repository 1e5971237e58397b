import { Badge, Card, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { InteractionDetail, InteractionSummary } from '../../shared';
import { formatCaller, formatDuration, formatTime } from './format';
import { taskOf } from './task-fields';

/** A contact record, when the API's customer context has one (name, company, VIP). */
export interface ContactRecord {
  name?: string;
  company?: string | null;
  notes?: string | null;
  vip?: boolean;
}

export interface OfferCardProps {
  interaction: InteractionSummary;
  /** Arrives a moment after the offer: IVR choices and the caller's history. */
  detail?: InteractionDetail;
}

const useStyles = makeStyles({
  card: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorBrandStroke1}` },
  number: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, wordBreak: 'break-all' },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  detailValue: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  contact: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/** The customer's contact record, if the API's context carries one. */
export function contactOf(detail: InteractionDetail | undefined): ContactRecord | undefined {
  return (detail?.customer as { contact?: ContactRecord | null } | undefined)?.contact ?? undefined;
}

/**
 * The offer, shown while the call rings in the agent's Teams: who calls, for which queue, how long they
 * waited, what they chose in the menu, and their history. Announced to screen readers as it appears.
 */
export function OfferCard({ interaction, detail }: OfferCardProps) {
  const styles = useStyles();
  const contact = contactOf(detail);
  const previous = detail?.customer.previous ?? [];
  const callback = taskOf(interaction).callback;
  return (
    <Card className={styles.card} role="region" aria-labelledby="offer-title">
      <div aria-live="assertive" aria-atomic="true">
        <Text as="h2" block id="offer-title" size={400} weight="semibold">
          {callback ? 'Callback' : 'Incoming call'}
          {interaction.queue ? ` for ${interaction.queue.name}` : ''} — answer in Teams
        </Text>
        <Text as="p" block className={styles.number} data-testid="offer-caller">
          {formatCaller(interaction.caller)}
        </Text>
      </div>
      {contact?.name && (
        <div className={styles.contact}>
          <Text weight="semibold">
            {contact.name}
            {contact.company ? `, ${contact.company}` : ''}
          </Text>
          {contact.vip && (
            <Badge color="important" appearance="filled">
              VIP
            </Badge>
          )}
        </div>
      )}
      {contact?.notes && <Text>{contact.notes}</Text>}
      <dl className={styles.facts}>
        <dt className={styles.term}>Queue</dt>
        <dd className={styles.detailValue}>{interaction.queue?.name ?? 'None'}</dd>
        <dt className={styles.term}>Waited</dt>
        <dd className={styles.detailValue}>{formatDuration(interaction.waitedMs ?? 0)}</dd>
        <dt className={styles.term}>Dialled</dt>
        <dd className={styles.detailValue}>{interaction.dialled}</dd>
        <dt className={styles.term}>Menu choices</dt>
        <dd className={styles.detailValue}>
          {detail
            ? detail.ivrPath.length > 0
              ? detail.ivrPath.map((step) => `${step.menuId}: ${step.key}`).join(', ')
              : 'None'
            : '…'}
        </dd>
        <dt className={styles.term}>History</dt>
        <dd className={styles.detailValue}>
          {!detail ? (
            '…'
          ) : previous.length === 0 ? (
            'First call from this number'
          ) : (
            <ul className={styles.list} aria-label="Previous calls from this number">
              {previous.slice(0, 5).map((p) => (
                <li key={p.id}>
                  {new Date(p.arrivedAt).toLocaleDateString()} {formatTime(p.arrivedAt)} ·{' '}
                  {p.queue?.name ?? 'No queue'} · {p.disposition ?? p.endReason ?? p.state}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
    </Card>
  );
}
