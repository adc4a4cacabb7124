import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { getApi } from "./api/index.js";
import { App } from "./app/App.js";
import { applyTheme, readThemeChoice, resolveTheme } from "./app/theme.js";
import "./styles/theme.css";
import "./styles/base.css";
import "./styles/layout.css";
import "./styles/components.css";
import "./styles/views.css";

// Paint the right theme before React renders (no inline script: the CSP forbids it).
applyTheme(resolveTheme(readThemeChoice()));

const root = document.getElementById("root");
if (!root) throw new Error("index.html: missing #root element");
createRoot(root).render(
  <StrictMode>
    <App api={getApi()} />
  </StrictMode>,
);
