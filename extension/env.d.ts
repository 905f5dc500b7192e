// SPDX-License-Identifier: MIT
/// <reference types="@crxjs/vite-plugin/client" />
