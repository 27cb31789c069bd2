import { type ReactNode, useEffect, useRef, useState } from "react";

/**
 * A box that scrolls sideways when its content (a wide table) is wider than the screen. While it
 * overflows it is a named region in the tab order, so it can be scrolled with the arrow keys, not
 * only by touch or mouse; when everything fits it is a plain box and no extra tab stop.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => setOverflows(element.scrollWidth > element.clientWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    for (const child of element.children) observer.observe(child);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={box}
      className="table-scroll"
      {...(overflows ? { role: "region", "aria-label": label, tabIndex: 0 } : {})}
    >
      {children}
    </div>
  );
}
