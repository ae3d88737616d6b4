import type { DayCount } from '../../../domain/submissions/author-dashboard.js';
import { longDate } from './author-common.js';

// Visits by day as a small bar chart drawn on the server (no script), with the same
// numbers in a table: the chart is hidden from screen readers, the table is the record.

const W = 600;
const H = 120;
const PAD = 4;

export function VisitsChart({ days }: { days: DayCount[] }): JSX.Element {
  const max = Math.max(1, ...days.map((d) => d.count));
  const total = days.reduce((n, d) => n + d.count, 0);
  const step = (W - PAD * 2) / Math.max(1, days.length);
  const bar = Math.max(1, step - 2);
  return (
    <section class="account-section visits" aria-labelledby="visits-title">
      <h2 id="visits-title">Visits</h2>
      <p safe>{`${total.toLocaleString('en-US')} ${total === 1 ? 'visit' : 'visits'} in the last ${days.length} days.`}</p>
      <svg class="visits-chart" viewBox={`0 0 ${W} ${H}`} width="100%" height={String(H)} aria-hidden="true" focusable="false" preserveAspectRatio="none">
        {days.map((d, i) => {
          const h = Math.round(((H - PAD * 2) * d.count) / max);
          return <rect x={(PAD + i * step).toFixed(1)} y={String(H - PAD - h)} width={bar.toFixed(1)} height={String(h)} fill="currentColor" />;
        })}
      </svg>
      <p class="account-meta visits-range" aria-hidden="true" safe>
        {`${longDate(days[0]?.day ?? null)} – ${longDate(days[days.length - 1]?.day ?? null)}`}
      </p>
      <div class="sr-only">
        <table>
          <caption>Visits by day</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Visits</th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr>
                <th scope="row" safe>
                  {longDate(d.day)}
                </th>
                <td safe>{String(d.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
