import net from "node:net";
import type { NetworkGrants } from "./security.js";

/**
 * "No network traffic except a model download the user started", enforced in the engine
 * process: every outgoing TCP connection of Node (http, https, tls, undici's fetch all end in
 * `net.Socket.prototype.connect`) is refused unless its host is granted for a running download.
 * Local IPC (a `path` option: Unix sockets, Windows pipes) is not network and passes.
 * A refused connection fails with an `EACCES`-coded error naming the host.
 */
export function installNetGuard(grants: NetworkGrants): () => void {
  const proto = net.Socket.prototype as unknown as { connect: (...args: unknown[]) => net.Socket };
  const original = proto.connect;
  proto.connect = function guardedConnect(this: net.Socket, ...args: unknown[]) {
    const host = targetHost(args);
    if (host !== null && !grants.allowsHost(host)) {
      const err = Object.assign(new Error(`Engram blocked a network connection to ${host}: only model downloads you start may use the network`), {
        code: "EACCES",
      });
      process.nextTick(() => this.destroy(err));
      return this;
    }
    return original.apply(this, args);
  };
  return () => {
    proto.connect = original;
  };
}

/** The host a `socket.connect(...)` call targets, or null for local IPC (a path). */
export function targetHost(args: unknown[]): string | null {
  let first = args[0];
  if (Array.isArray(first)) first = first[0]; // internal normalized form [options, cb]
  if (first && typeof first === "object") {
    const o = first as { path?: unknown; host?: unknown; hostname?: unknown };
    if (typeof o.path === "string") return null;
    return String(o.host ?? o.hostname ?? "localhost");
  }
  if (typeof first === "string" && !/^\d+$/.test(first)) return null; // connect(path)
  return typeof args[1] === "string" ? args[1] : "localhost";
}
