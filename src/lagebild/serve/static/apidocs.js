/* The API reference page: every operation of /api/openapi.json with its parameters and body. */
"use strict";

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

// Descriptions come from docstrings and Markdown: ``code`` and `code` become <code>, never literal
// backticks.
function rich(tag, cls, text) {
  const e = el(tag, cls);
  const parts = String(text || "").split(/(``[^`]+``|`[^`]+`)/);
  for (const part of parts) {
    const m = part.match(/^``([^`]+)``$|^`([^`]+)`$/);
    if (m) e.append(el("code", null, m[1] || m[2]));
    else if (part) e.append(part);
  }
  return e;
}

function schemaText(s, spec) {
  if (!s) return "";
  if (s.$ref) return s.$ref.split("/").pop();
  if (s.anyOf) return s.anyOf.map((x) => schemaText(x, spec)).join(" | ");
  if (s.enum) return s.enum.join(" | ");
  const bounds = [s.minimum !== undefined ? `≥ ${s.minimum}` : "", s.maximum !== undefined ? `≤ ${s.maximum}` : "",
    s.pattern ? `pattern ${s.pattern}` : "", s.format || ""].filter(Boolean).join(", ");
  return `${s.type || "object"}${bounds ? " (" + bounds + ")" : ""}`;
}

async function main() {
  const root = document.getElementById("main");
  let spec;
  try {
    spec = await (await fetch("/api/openapi.json")).json();
  } catch (err) {
    const box = document.getElementById("error");
    box.textContent = `cannot load /api/openapi.json: ${err}`;
    box.hidden = false;
    return;
  }
  document.title = `${spec.info.title} API ${spec.info.version}`;
  root.append(el("h1", null, `${spec.info.title} API`), rich("p", null, spec.info.description || ""));
  for (const [path, ops] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const card = el("section", "card");
      card.dataset.testid = "operation";
      const head = el("h2");
      head.append(el("span", "tag", method.toUpperCase()), " ", el("code", null, path));
      card.append(head, rich("div", "row", op.summary || ""), rich("div", "row muted", op.description || ""));
      if (op.parameters && op.parameters.length) {
        const table = el("table");
        const hr = el("tr");
        for (const c of ["parameter", "in", "type", "required", "description"]) hr.append(el("th", null, c));
        table.append(hr);
        for (const p of op.parameters) {
          const tr = el("tr");
          for (const v of [p.name, p.in, schemaText(p.schema, spec), p.required ? "yes" : ""]) tr.append(el("td", null, v));
          tr.append(rich("td", null, p.description || (p.schema && p.schema.description) || ""));
          table.append(tr);
        }
        card.append(table);
      }
      const body = op.requestBody && op.requestBody.content["application/json"];
      if (body) card.append(el("div", "row", `JSON body: ${schemaText(body.schema, spec)}`));
      card.append(el("div", "row muted", `responses: ${Object.keys(op.responses || {}).join(", ")}`));
      root.append(card);
    }
  }
  for (const [name, schema] of Object.entries((spec.components && spec.components.schemas) || {})) {
    if (!schema.properties) continue;
    const card = el("section", "card");
    card.append(el("h2", null, name), rich("div", "row muted", schema.description || ""));
    const table = el("table");
    for (const [prop, s] of Object.entries(schema.properties)) {
      const tr = el("tr");
      for (const v of [prop, schemaText(s, spec), (schema.required || []).includes(prop) ? "required" : ""]) tr.append(el("td", null, v));
      tr.append(rich("td", null, s.description || ""));
      table.append(tr);
    }
    card.append(table);
    root.append(card);
  }
  document.body.dataset.ready = "apidocs";
}

main();
