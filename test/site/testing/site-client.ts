// SPDX-License-Identifier: MIT
/** For the site's unit tests: a fetch wrapper that keeps the session cookie, like one browser. */
export class SiteClient {
  private cookie = "";

  constructor(readonly baseUrl: string) {}

  async request(
    method: "GET" | "POST",
    path: string,
    body?: Record<string, string> | object,
    form = false,
  ): Promise<Response> {
    const headers: Record<string, string> = { cookie: this.cookie };
    let payload: string | undefined;
    if (body !== undefined) {
      headers["content-type"] = form ? "application/x-www-form-urlencoded" : "application/json";
      payload = form ? new URLSearchParams(body as Record<string, string>).toString() : JSON.stringify(body);
    }
    const response = await fetch(this.baseUrl + path, { method, headers, body: payload ?? null, redirect: "manual" });
    for (const setCookie of response.headers.getSetCookie()) {
      const pair = setCookie.split(";")[0] ?? "";
      const name = pair.split("=")[0] ?? "";
      const kept = this.cookie.split("; ").filter((c) => c !== "" && !c.startsWith(`${name}=`));
      this.cookie = [...kept, pair].join("; ");
    }
    return response;
  }

  postForm(path: string, fields: Record<string, string>): Promise<Response> {
    return this.request("POST", path, fields, true);
  }

  async json<T = unknown>(method: "GET" | "POST", path: string, body?: object): Promise<T> {
    const response = await this.request(method, path, body ?? (method === "POST" ? {} : undefined));
    return (await response.json()) as T;
  }
}
