import { hrefFor } from "../app/router.js";
import { Icon } from "./icons.js";
import { ImportPanel } from "./ImportPanel.js";

/**
 * The first-run guide shown while there is nothing remembered yet: import a chat export (the main
 * call to action), turn on screen capture, optionally get a local model.
 */
export function Welcome() {
  return (
    <div className="view-scroll">
      <div className="page welcome">
        <div className="welcome-hero">
          <div className="brand-mark big" aria-hidden="true">
            E
          </div>
          <h1>Welcome to Engram</h1>
          <p className="muted">
            Engram remembers your chats and what is on your screen, and gives it back when you ask. Everything stays on this computer. Start by giving it
            something to remember.
          </p>
        </div>
        <section className="card welcome-step" aria-labelledby="welcome-import">
          <div className="card-head">
            <div>
              <h2 id="welcome-import">
                <span className="step-no">1</span> Import a chat export
              </h2>
              <p>Your ChatGPT or Claude history becomes searchable memories with their sources.</p>
            </div>
          </div>
          <div className="card-body">
            <ImportPanel />
          </div>
        </section>
        <div className="welcome-more">
          <a className="card welcome-link" href={hrefFor("capture")}>
            <Icon name="capture" size={22} />
            <div>
              <h2>
                <span className="step-no">2</span> Turn on screen capture
              </h2>
              <p className="muted">Remember what you saw: text on screen, with exclusions you choose.</p>
            </div>
            <Icon name="chevron-right" />
          </a>
          <a className="card welcome-link" href={hrefFor("models")}>
            <Icon name="models" size={22} />
            <div>
              <h2>
                <span className="step-no">3</span> Get a local model
              </h2>
              <p className="muted">Optional: written answers and better memories. Without one, Engram still finds what you remember.</p>
            </div>
            <Icon name="chevron-right" />
          </a>
        </div>
      </div>
    </div>
  );
}
