/**
 * CMS previews: the same markup and class names as the site's pages, styled by the
 * site's own stylesheet (registered in cms.ts), so editors see what will be published.
 */
import type { PreviewTemplateComponentProps } from 'decap-cms-core';
import type { ReactNode } from 'react';
import { translate, type UiKey } from '../src/i18n';
import { slotsByDay, type WeeklySlot } from '../src/lib/hours';

const t = (key: UiKey, params?: Record<string, string | number>) => translate('de', key, params);
const pending = <span className="th-pending">{t('standorte.pending')}</span>;

type Data = Record<string, unknown>;
const dataOf = (props: PreviewTemplateComponentProps): Data => (props.entry.get('data') as { toJS?: () => Data } | undefined)?.toJS?.() ?? {};
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value : undefined);
const list = <T,>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

function Frame({ children }: { children: ReactNode }) {
  return (
    <main id="inhalt">
      <div className="th-container">{children}</div>
    </main>
  );
}

function Hours({ slots }: { slots: WeeklySlot[] }) {
  const days = slotsByDay(slots.filter((slot) => slot?.day && slot.opens && slot.closes));
  if (days.length === 0) return pending;
  return (
    <table className="th-hours">
      <tbody>
        {days.map((group) => (
          <tr key={group.day}>
            <th scope="row">{t(`weekday.${group.day}`)}</th>
            <td>
              {group.slots.map((slot, index) => (
                <span className="th-hours__slot" key={index}>
                  {t('hours.range', { opens: slot.opens, closes: slot.closes })}
                  {slot.byAppointment && <em> ({t('standorte.byAppointment')})</em>}
                  {slot.note && <span className="th-hours__note"> – {slot.note}</span>}
                </span>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface AddressData {
  street?: string;
  postcode?: string;
  city?: string;
  quarter?: string;
}

function Address({ address }: { address: AddressData | undefined }) {
  if (!address) return null;
  return (
    <address className="th-address">
      {address.street && (
        <>
          {address.street}
          <br />
        </>
      )}
      {address.postcode && <span className="ltr">{address.postcode}</span>} {address.city}
      {address.quarter && (
        <>
          <br />({address.quarter})
        </>
      )}
    </address>
  );
}

export function StandortPreview(props: PreviewTemplateComponentProps) {
  const data = dataOf(props);
  const operator = (data.operator ?? {}) as { name?: string };
  const offices = list<{ name?: string; address?: AddressData; phone?: string; email?: string; hours?: WeeklySlot[] }>(data.offices);
  const outreach = list<{ name?: string; kind?: string; address?: AddressData; note?: string; hours?: WeeklySlot[] }>(data.outreach);
  const catchment = list<{ name?: string; kind?: string; partOf?: string }>(data.catchment);
  return (
    <Frame>
      <article className="th-standort">
        <h1>{text(data.name) ?? '…'}</h1>
        <dl className="th-standort__facts">
          <dt>{t('standorte.operator')}</dt>
          <dd>{text(operator.name) ?? pending}</dd>
          <dt>{t('standorte.district')}</dt>
          <dd>{text(data.district) ?? pending}</dd>
        </dl>
        <div className="th-prose">{props.widgetFor('body')}</div>
        <h2>{t('standorte.offices')}</h2>
        {offices.length === 0 && <p>{pending}</p>}
        {offices.map((office, index) => (
          <section className="th-place" key={index}>
            <h3>{office.name}</h3>
            <div className="th-place__grid">
              <div>
                <h4>{t('standorte.address')}</h4>
                <Address address={office.address} />
                <dl className="th-contact">
                  <dt>{t('standorte.phone')}</dt>
                  <dd>{office.phone ? <span className="th-call ltr">{office.phone}</span> : pending}</dd>
                  <dt>{t('standorte.email')}</dt>
                  <dd>{office.email ?? pending}</dd>
                </dl>
              </div>
              <div>
                <h4>{t('standorte.hours')}</h4>
                <Hours slots={office.hours ?? []} />
              </div>
            </div>
          </section>
        ))}
        {outreach.length > 0 && <h2>{t('standorte.outreach')}</h2>}
        {outreach.map((place, index) => (
          <section className="th-place" key={index}>
            <h3>{place.name}</h3>
            <Address address={place.address} />
            {place.note && <p>{place.note}</p>}
            <h4>{t('standorte.hours')}</h4>
            <Hours slots={place.hours ?? []} />
          </section>
        ))}
        {catchment.length > 0 && (
          <>
            <h2>{t('standorte.catchment')}</h2>
            <ul className="th-catchment">
              {catchment.map((entry, index) => (
                <li key={index}>
                  {entry.name}
                  {entry.partOf && ` (${entry.partOf})`}
                </li>
              ))}
            </ul>
          </>
        )}
      </article>
    </Frame>
  );
}

export function TeamPreview(props: PreviewTemplateComponentProps) {
  const data = dataOf(props);
  const portrait = (data.portrait ?? {}) as { src?: string; alt?: string };
  const title = text(data.name) ?? text(data.role) ?? '…';
  return (
    <Frame>
      <article className="th-prose">
        {portrait.src && <img className="th-profile__portrait" src={props.getAsset(portrait.src).url} alt={portrait.alt ?? ''} width={240} />}
        <h1>{title}</h1>
        <dl className="th-profile__facts">
          {text(data.name) && (
            <>
              <dt>{t('team.role')}</dt>
              <dd>{text(data.role)}</dd>
            </>
          )}
          <dt>{t('team.area')}</dt>
          <dd>{text(data.area)}</dd>
        </dl>
        {props.widgetFor('body')}
      </article>
    </Frame>
  );
}

export function ArticlePreview(props: PreviewTemplateComponentProps) {
  const data = dataOf(props);
  return (
    <Frame>
      <article className="th-prose">
        <h1>{text(data.title) ?? '…'}</h1>
        {props.widgetFor('body')}
      </article>
    </Frame>
  );
}

export function MediaPreview(props: PreviewTemplateComponentProps) {
  const data = dataOf(props);
  const kind = text(data.kind) as 'audio' | 'video' | 'photo' | 'series' | undefined;
  const images = list<{ src?: string; alt?: string; caption?: string }>(data.images);
  const poster = (data.poster ?? data.cover) as { src?: string; alt?: string } | undefined;
  const credits = list<{ role?: string; name?: string }>(data.credits);
  return (
    <Frame>
      <article>
        {kind && <p className="th-kind">{t(`media.kind.${kind}`)}</p>}
        <h1>{text(data.title) ?? '…'}</h1>
        <p className="th-lead">{text(data.summary)}</p>
        {poster?.src && (
          <figure className="th-media">
            <img src={props.getAsset(poster.src).url} alt={poster.alt ?? ''} />
          </figure>
        )}
        {images.map((image, index) => (
          <figure className="th-media" key={index}>
            {image.src && <img src={props.getAsset(image.src).url} alt={image.alt ?? ''} />}
            {image.caption && <figcaption>{image.caption}</figcaption>}
          </figure>
        ))}
        <div className="th-prose">{props.widgetFor('body')}</div>
        {text(data.transcript) && (
          <section className="th-transcript">
            <h2>{t('media.transcript')}</h2>
            {String(data.transcript)
              .split(/\n\s*\n/)
              .map((paragraph, index) => (
                <p key={index}>{paragraph}</p>
              ))}
          </section>
        )}
        <h2>{t('media.credits')}</h2>
        <dl className="th-credits">
          {credits.map((credit, index) => (
            <div key={index} style={{ display: 'contents' }}>
              <dt>{credit.role}</dt>
              <dd>{credit.name}</dd>
            </div>
          ))}
          <dt>{t('media.licence')}</dt>
          <dd>{text(data.licence)}</dd>
        </dl>
      </article>
    </Frame>
  );
}
