import { Component, type ReactNode } from "react";
import { ErrorState } from "./states.js";

/**
 * Catches a crash while rendering one view so the rest of the app (navigation, other views)
 * keeps working; shows the error's message and a Try again button that re-mounts the view.
 * `resetKey` (e.g. the view id) clears the error when the user navigates elsewhere.
 */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, { error: unknown; key: string }> {
  override state = { error: null as unknown, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): { error: unknown } {
    return { error };
  }

  static getDerivedStateFromProps(props: { resetKey: string }, state: { error: unknown; key: string }): { error: unknown; key: string } | null {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  override render(): ReactNode {
    if (this.state.error != null) {
      return <ErrorState title="This view stopped working" error={this.state.error} onRetry={() => this.setState({ error: null })} />;
    }
    return this.props.children;
  }
}
