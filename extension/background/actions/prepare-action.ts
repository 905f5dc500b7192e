// SPDX-License-Identifier: MIT
/** Binds a parsed page request to its verb; mode 05 (close) has none. */
import type { PageRequest } from "../../protocol/page";
import { prepareAuthenticate } from "./authenticate";
import type { PreparedAction } from "./card-action";
import { prepareCardInfo } from "./card-info";
import { prepareSign } from "./sign";

export function prepareAction(request: PageRequest, tabId: number): PreparedAction | null {
  switch (request.mode) {
    case "01":
      return prepareAuthenticate(request);
    case "02":
      return prepareSign(request, tabId);
    case "04":
      return prepareCardInfo();
    case "05":
      return null;
  }
}
