import { Link } from "react-router";
import { segment } from "../../api/client.ts";

/** The other private places to write, which belong with forgiveness whichever side someone is on. */
export function PrivateWritingLinks({ spaceId }: { spaceId: string }) {
  const base = `/spaces/${segment(spaceId)}`;
  return (
    <section className="section section--quiet" aria-labelledby="private-writing-title">
      <h2 id="private-writing-title">More private places to write</h2>
      <p className="muted">Nothing here is ever shown to anyone else.</p>
      <ul className="heal-links">
        <li>
          <Link to={`${base}/letters`}>An unsent letter</Link>
        </li>
        <li>
          <Link to={`${base}/letting-go`}>Letting-go practices</Link>
        </li>
        <li>
          <Link to={`${base}/reflections`}>Self-trust, learning from the past and self-compassion</Link>
        </li>
      </ul>
    </section>
  );
}
