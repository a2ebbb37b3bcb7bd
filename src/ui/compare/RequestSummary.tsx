import type { ParsedRequest } from '../../compare/paste-types';

/** The request as the page understood it: method, target, every header, body size. */
export function RequestSummary({ request }: { readonly request: ParsedRequest }) {
  const bytes = new TextEncoder().encode(request.body).length;
  const addedByCurl = request.headers.some((header) => header.origin === 'curl');

  return (
    <section className="compare-block" aria-labelledby="understood-heading">
      <h3 id="understood-heading">The request as understood</h3>
      <p className="request-line">
        <code>
          {request.method} {request.url}
        </code>
      </p>
      <table className="headers" aria-label="Headers sent">
        <thead>
          <tr>
            <th scope="col">Header</th>
            <th scope="col">Value</th>
          </tr>
        </thead>
        <tbody>
          {request.headers.map((header, index) => (
            <tr key={`${header.name}-${index}`}>
              <th scope="row">
                {header.name}
                {header.origin === 'curl' && <span className="badge">added by curl</span>}
              </th>
              <td>
                <code>
                  {header.value === '' ? <em className="empty">(empty)</em> : header.value}
                </code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">
        Body: {bytes === 0 ? 'none' : `${bytes} ${bytes === 1 ? 'byte' : 'bytes'} (UTF-8)`}.
        {addedByCurl &&
          ' Headers marked "added by curl" are those curl sends on its own; the gateway signs them as sent.'}
      </p>
    </section>
  );
}
