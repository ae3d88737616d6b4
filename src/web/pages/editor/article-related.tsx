import { attr } from '../components.js';

// "Also Read" on the article editor: what the computation picked, what the
// editor pinned, and a way to change both. Pins and hidden picks are kept across
// every recomputation.

export interface RelatedPickVM {
  id: number;
  title: string;
  url: string;
}

export interface RelatedPicksVM {
  pinned: RelatedPickVM[];
  automatic: RelatedPickVM[];
  hidden: RelatedPickVM[];
  /** only published articles have computed picks */
  published: boolean;
}

export function RelatedPicks({ related }: { related: RelatedPicksVM }): JSX.Element {
  const pinSlots = Array.from({ length: 3 }, (_, i) => related.pinned[i]);
  return (
    <fieldset class="field desk-related">
      <legend class="field-label">Also Read</legend>
      {related.automatic.length > 0 ? (
        <>
          <p class="field-hint">Picked from similar published articles. Tick one to stop suggesting it here.</p>
          <ul class="desk-related-list">
            {related.automatic.map((r) => (
              <li>
                <label class="checkbox">
                  <input type="checkbox" name="related_hide" value={String(r.id)} /> <span>Hide</span>
                </label>{' '}
                <a href={attr(r.url)} safe>
                  {r.title}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p class="field-hint">
          {related.published ? 'No similar articles found yet.' : 'Picks are computed when the article is published.'}
        </p>
      )}
      {related.hidden.length > 0 ? (
        <>
          <p class="field-hint">Never suggested here (untick to allow again):</p>
          <ul class="desk-related-list">
            {related.hidden.map((r) => (
              <li>
                <label class="checkbox">
                  <input type="checkbox" name="related_hide" value={String(r.id)} checked /> <span safe>{r.title}</span>
                </label>
              </li>
            ))}
          </ul>
        </>
      ) : (
        ''
      )}
      <p class="field-hint" id="f-related-hint">
        Pin up to three articles by their address or slug; pinned picks come first and stay.
      </p>
      {pinSlots.map((p, i) => (
        <div class="desk-related-pin">
          <label for={attr(`f-related_pin-${i}`)} safe>{`Pinned ${i + 1}`}</label>
          <input class="field-input" id={attr(`f-related_pin-${i}`)} name="related_pin" value={attr(p ? p.url : '')} aria-describedby="f-related-hint" maxlength="300" />
        </div>
      ))}
    </fieldset>
  );
}
