(()=>{if(typeof globalThis.process<"u"&&globalThis.process.versions?.node){const _f=globalThis.fetch;globalThis.fetch=async function(u,...a){if(typeof u==="string"&&u.startsWith("file:")||u instanceof URL&&u.protocol==="file:"){const{readFileSync:r}=await import("node:fs");const{fileURLToPath:p}=await import("node:url");const b=r(p(typeof u==="string"?u:u.href));return new Response(b,{headers:{"Content-Type":"application/wasm"}})}return _f(u,...a)}}})();
const __vite__wasmUrl = new URL("./polyglot_sql.wasm",import.meta.url).href;
const __vite__initWasm = async (opts = {}, url) => {
  let result;
  if (url.startsWith("data:")) {
    const urlContent = url.replace(/^data:.*?base64,/, "");
    let bytes;
    if (typeof Buffer === "function" && typeof Buffer.from === "function") {
      bytes = Buffer.from(urlContent, "base64");
    } else if (typeof atob === "function") {
      const binaryString = atob(urlContent);
      bytes = new Uint8Array(binaryString.length);
      for (let i = 0; i < binaryString.length; i++) {
        bytes[i] = binaryString.charCodeAt(i);
      }
    } else {
      throw new Error("Cannot decode base64-encoded data URL");
    }
    result = await WebAssembly.instantiate(bytes, opts);
  } else {
    const response = await fetch(url);
    const contentType = response.headers.get("Content-Type") || "";
    if ("instantiateStreaming" in WebAssembly && contentType.startsWith("application/wasm")) {
      result = await WebAssembly.instantiateStreaming(response, opts);
    } else {
      const buffer = await response.arrayBuffer();
      result = await WebAssembly.instantiate(buffer, opts);
    }
  }
  return result.instance.exports;
};
function analyze_query$1(sql, options_json) {
  let deferred3_0;
  let deferred3_1;
  try {
    const retptr = wasm$1.__wbindgen_add_to_stack_pointer(-16);
    const ptr0 = passStringToWasm0(sql, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len0 = WASM_VECTOR_LEN;
    const ptr1 = passStringToWasm0(options_json, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len1 = WASM_VECTOR_LEN;
    wasm$1.analyze_query(retptr, ptr0, len0, ptr1, len1);
    var r0 = getDataViewMemory0().getInt32(retptr + 4 * 0, true);
    var r1 = getDataViewMemory0().getInt32(retptr + 4 * 1, true);
    deferred3_0 = r0;
    deferred3_1 = r1;
    return getStringFromWasm0(r0, r1);
  } finally {
    wasm$1.__wbindgen_add_to_stack_pointer(16);
    wasm$1.__wbindgen_export4(deferred3_0, deferred3_1, 1);
  }
}
function analyze_query_value$1(sql, options) {
  const ptr0 = passStringToWasm0(sql, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
  const len0 = WASM_VECTOR_LEN;
  const ret = wasm$1.analyze_query_value(ptr0, len0, addHeapObject(options));
  return takeObject(ret);
}
function annotate_types$1(sql, dialect, schema_json) {
  let deferred4_0;
  let deferred4_1;
  try {
    const retptr = wasm$1.__wbindgen_add_to_stack_pointer(-16);
    const ptr0 = passStringToWasm0(sql, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len0 = WASM_VECTOR_LEN;
    const ptr1 = passStringToWasm0(dialect, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len1 = WASM_VECTOR_LEN;
    const ptr2 = passStringToWasm0(schema_json, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len2 = WASM_VECTOR_LEN;
    wasm$1.annotate_types(retptr, ptr0, len0, ptr1, len1, ptr2, len2);
    var r0 = getDataViewMemory0().getInt32(retptr + 4 * 0, true);
    var r1 = getDataViewMemory0().getInt32(retptr + 4 * 1, true);
    deferred4_0 = r0;
    deferred4_1 = r1;
    return getStringFromWasm0(r0, r1);
  } finally {
    wasm$1.__wbindgen_add_to_stack_pointer(16);
    wasm$1.__wbindgen_export4(deferred4_0, deferred4_1, 1);
  }
}
function annotate_types_value$1(sql, dialect, schema_json) {
  const ptr0 = passStringToWasm0(sql, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
  const len0 = WASM_VECTOR_LEN;
  const ptr1 = passStringToWasm0(dialect, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
  const len1 = WASM_VECTOR_LEN;
  const ptr2 = passStringToWasm0(schema_json, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
  const len2 = WASM_VECTOR_LEN;
  const ret = wasm$1.annotate_types_value(ptr0, len0, ptr1, len1, ptr2, len2);
  return takeObject(ret);
}
function ast_add_where$1(ast_json, condition_json, use_or) {
  let deferred3_0;
  let deferred3_1;
  try {
    const retptr = wasm$1.__wbindgen_add_to_stack_pointer(-16);
    const ptr0 = passStringToWasm0(ast_json, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len0 = WASM_VECTOR_LEN;
    const ptr1 = passStringToWasm0(condition_json, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len1 = WASM_VECTOR_LEN;
    wasm$1.ast_add_where(retptr, ptr0, len0, ptr1, len1, use_or);
    var r0 = getDataViewMemory0().getInt32(retptr + 4 * 0, true);
    var r1 = getDataViewMemory0().getInt32(retptr + 4 * 1, true);
    deferred3_0 = r0;
    deferred3_1 = r1;
    return getStringFromWasm0(r0, r1);
  } finally {
    wasm$1.__wbindgen_add_to_stack_pointer(16);
    wasm$1.__wbindgen_export4(deferred3_0, deferred3_1, 1);
  }
}
function ast_get_aggregate_functions$1(ast_json) {
  let deferred2_0;
  let deferred2_1;
  try {
    const retptr = wasm$1.__wbindgen_add_to_stack_pointer(-16);
    const ptr0 = passStringToWasm0(ast_json, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len0 = WASM_VECTOR_LEN;
    wasm$1.ast_get_aggregate_functions(retptr, ptr0, len0);
    var r0 = getDataViewMemory0().getInt32(retptr + 4 * 0, true);
    var r1 = getDataViewMemory0().getInt32(retptr + 4 * 1, true);
    deferred2_0 = r0;
    deferred2_1 = r1;
    return getStringFromWasm0(r0, r1);
  } finally {
    wasm$1.__wbindgen_add_to_stack_pointer(16);
    wasm$1.__wbindgen_export4(deferred2_0, deferred2_1, 1);
  }
}
function ast_get_column_names$1(ast_json) {
  let deferred2_0;
  let deferred2_1;
  try {
    const retptr = wasm$1.__wbindgen_add_to_stack_pointer(-16);
    const ptr0 = passStringToWasm0(ast_json, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len0 = WASM_VECTOR_LEN;
    wasm$1.ast_get_column_names(retptr, ptr0, len0);
    var r0 = getDataViewMemory0().getInt32(retptr + 4 * 0, true);
    var r1 = getDataViewMemory0().getInt32(retptr + 4 * 1, true);
    deferred2_0 = r0;
    deferred2_1 = r1;
    return getStringFromWasm0(r0, r1);
  } finally {
    wasm$1.__wbindgen_add_to_stack_pointer(16);
    wasm$1.__wbindgen_export4(deferred2_0, deferred2_1, 1);
  }
}
function ast_get_functions$1(ast_json) {
  let deferred2_0;
  let deferred2_1;
  try {
    const retptr = wasm$1.__wbindgen_add_to_stack_pointer(-16);
    const ptr0 = passStringToWasm0(ast_json, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len0 = WASM_VECTOR_LEN;
    wasm$1.ast_get_functions(retptr, ptr0, len0);
    var r0 = getDataViewMemory0().getInt32(retptr + 4 * 0, true);
    var r1 = getDataViewMemory0().getInt32(retptr + 4 * 1, true);
    deferred2_0 = r0;
    deferred2_1 = r1;
    return getStringFromWasm0(r0, r1);
  } finally {
    wasm$1.__wbindgen_add_to_stack_pointer(16);
    wasm$1.__wbindgen_export4(deferred2_0, deferred2_1, 1);
  }
}
function ast_get_literals$1(ast_json) {
  let deferred2_0;
  let deferred2_1;
  try {
    const retptr = wasm$1.__wbindgen_add_to_stack_pointer(-16);
    const ptr0 = passStringToWasm0(ast_json, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len0 = WASM_VECTOR_LEN;
    wasm$1.ast_get_literals(retptr, ptr0, len0);
    var r0 = getDataViewMemory0().getInt32(retptr + 4 * 0, true);
    var r1 = getDataViewMemory0().getInt32(retptr + 4 * 1, true);
    deferred2_0 = r0;
    deferred2_1 = r1;
    return getStringFromWasm0(r0, r1);
  } finally {
    wasm$1.__wbindgen_add_to_stack_pointer(16);
    wasm$1.__wbindgen_export4(deferred2_0, deferred2_1, 1);
  }
}
function ast_get_subqueries$1(ast_json) {
  let deferred2_0;
  let deferred2_1;
  try {
    const retptr = wasm$1.__wbindgen_add_to_stack_pointer(-16);
    const ptr0 = passStringToWasm0(ast_json, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len0 = WASM_VECTOR_LEN;
    wasm$1.ast_get_subqueries(retptr, ptr0, len0);
    var r0 = getDataViewMemory0().getInt32(retptr + 4 * 0, true);
    var r1 = getDataViewMemory0().getInt32(retptr + 4 * 1, true);
    deferred2_0 = r0;
    deferred2_1 = r1;
    return getStringFromWasm0(r0, r1);
  } finally {
    wasm$1.__wbindgen_add_to_stack_pointer(16);
    wasm$1.__wbindgen_export4(deferred2_0, deferred2_1, 1);
  }
}
function ast_get_table_names$1(ast_json) {
  let deferred2_0;
  let deferred2_1;
  try {
    const retptr = wasm$1.__wbindgen_add_to_stack_pointer(-16);
    const ptr0 = passStringToWasm0(ast_json, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len0 = WASM_VECTOR_LEN;
    wasm$1.ast_get_table_names(retptr, ptr0, len0);
    var r0 = getDataViewMemory0().getInt32(retptr + 4 * 0, true);
    var r1 = getDataViewMemory0().getInt32(retptr + 4 * 1, true);
    deferred2_0 = r0;
    deferred2_1 = r1;
    return getStringFromWasm0(r0, r1);
  } finally {
    wasm$1.__wbindgen_add_to_stack_pointer(16);
    wasm$1.__wbindgen_export4(deferred2_0, deferred2_1, 1);
  }
}
function ast_get_tables$1(ast_json) {
  let deferred2_0;
  let deferred2_1;
  try {
    const retptr = wasm$1.__wbindgen_add_to_stack_pointer(-16);
    const ptr0 = passStringToWasm0(ast_json, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len0 = WASM_VECTOR_LEN;
    wasm$1.ast_get_tables(retptr, ptr0, len0);
    var r0 = getDataViewMemory0().getInt32(retptr + 4 * 0, true);
    var r1 = getDataViewMemory0().getInt32(retptr + 4 * 1, true);
    deferred2_0 = r0;
    deferred2_1 = r1;
    return getStringFromWasm0(r0, r1);
  } finally {
    wasm$1.__wbindgen_add_to_stack_pointer(16);
    wasm$1.__wbindgen_export4(deferred2_0, deferred2_1, 1);
  }
}
function ast_get_window_functions$1(ast_json) {
  let deferred2_0;
  let deferred2_1;
  try {
    const retptr = wasm$1.__wbindgen_add_to_stack_pointer(-16);
    const ptr0 = passStringToWasm0(ast_json, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len0 = WASM_VECTOR_LEN;
    wasm$1.ast_get_window_functions(retptr, ptr0, len0);
    var r0 = getDataViewMemory0().getInt32(retptr + 4 * 0, true);
    var r1 = getDataViewMemory0().getInt32(retptr + 4 * 1, true);
    deferred2_0 = r0;
    deferred2_1 = r1;
    return getStringFromWasm0(r0, r1);
  } finally {
    wasm$1.__wbindgen_add_to_stack_pointer(16);
    wasm$1.__wbindgen_export4(deferred2_0, deferred2_1, 1);
  }
}
function ast_node_count$1(ast_json) {
  let deferred2_0;
  let deferred2_1;
  try {
    const retptr = wasm$1.__wbindgen_add_to_stack_pointer(-16);
    const ptr0 = passStringToWasm0(ast_json, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len0 = WASM_VECTOR_LEN;
    wasm$1.ast_node_count(retptr, ptr0, len0);
    var r0 = getDataViewMemory0().getInt32(retptr + 4 * 0, true);
    var r1 = getDataViewMemory0().getInt32(retptr + 4 * 1, true);
    deferred2_0 = r0;
    deferred2_1 = r1;
    return getStringFromWasm0(r0, r1);
  } finally {
    wasm$1.__wbindgen_add_to_stack_pointer(16);
    wasm$1.__wbindgen_export4(deferred2_0, deferred2_1, 1);
  }
}
function ast_qualify_columns$1(ast_json, table_name) {
  let deferred3_0;
  let deferred3_1;
  try {
    const retptr = wasm$1.__wbindgen_add_to_stack_pointer(-16);
    const ptr0 = passStringToWasm0(ast_json, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len0 = WASM_VECTOR_LEN;
    const ptr1 = passStringToWasm0(table_name, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len1 = WASM_VECTOR_LEN;
    wasm$1.ast_qualify_columns(retptr, ptr0, len0, ptr1, len1);
    var r0 = getDataViewMemory0().getInt32(retptr + 4 * 0, true);
    var r1 = getDataViewMemory0().getInt32(retptr + 4 * 1, true);
    deferred3_0 = r0;
    deferred3_1 = r1;
    return getStringFromWasm0(r0, r1);
  } finally {
    wasm$1.__wbindgen_add_to_stack_pointer(16);
    wasm$1.__wbindgen_export4(deferred3_0, deferred3_1, 1);
  }
}
function ast_qualify_tables$1(ast_json, options_json) {
  let deferred3_0;
  let deferred3_1;
  try {
    const retptr = wasm$1.__wbindgen_add_to_stack_pointer(-16);
    const ptr0 = passStringToWasm0(ast_json, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len0 = WASM_VECTOR_LEN;
    const ptr1 = passStringToWasm0(options_json, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len1 = WASM_VECTOR_LEN;
    wasm$1.ast_qualify_tables(retptr, ptr0, len0, ptr1, len1);
    var r0 = getDataViewMemory0().getInt32(retptr + 4 * 0, true);
    var r1 = getDataViewMemory0().getInt32(retptr + 4 * 1, true);
    deferred3_0 = r0;
    deferred3_1 = r1;
    return getStringFromWasm0(r0, r1);
  } finally {
    wasm$1.__wbindgen_add_to_stack_pointer(16);
    wasm$1.__wbindgen_export4(deferred3_0, deferred3_1, 1);
  }
}
function ast_remove_where$1(ast_json) {
  let deferred2_0;
  let deferred2_1;
  try {
    const retptr = wasm$1.__wbindgen_add_to_stack_pointer(-16);
    const ptr0 = passStringToWasm0(ast_json, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len0 = WASM_VECTOR_LEN;
    wasm$1.ast_remove_where(retptr, ptr0, len0);
    var r0 = getDataViewMemory0().getInt32(retptr + 4 * 0, true);
    var r1 = getDataViewMemory0().getInt32(retptr + 4 * 1, true);
    deferred2_0 = r0;
    deferred2_1 = r1;
    return getStringFromWasm0(r0, r1);
  } finally {
    wasm$1.__wbindgen_add_to_stack_pointer(16);
    wasm$1.__wbindgen_export4(deferred2_0, deferred2_1, 1);
  }
}
function ast_rename_columns$1(ast_json, mapping_json) {
  let deferred3_0;
  let deferred3_1;
  try {
    const retptr = wasm$1.__wbindgen_add_to_stack_pointer(-16);
    const ptr0 = passStringToWasm0(ast_json, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len0 = WASM_VECTOR_LEN;
    const ptr1 = passStringToWasm0(mapping_json, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len1 = WASM_VECTOR_LEN;
    wasm$1.ast_rename_columns(retptr, ptr0, len0, ptr1, len1);
    var r0 = getDataViewMemory0().getInt32(retptr + 4 * 0, true);
    var r1 = getDataViewMemory0().getInt32(retptr + 4 * 1, true);
    deferred3_0 = r0;
    deferred3_1 = r1;
    return getStringFromWasm0(r0, r1);
  } finally {
    wasm$1.__wbindgen_add_to_stack_pointer(16);
    wasm$1.__wbindgen_export4(deferred3_0, deferred3_1, 1);
  }
}
function ast_rename_tables$1(ast_json, mapping_json) {
  let deferred3_0;
  let deferred3_1;
  try {
    const retptr = wasm$1.__wbindgen_add_to_stack_pointer(-16);
    const ptr0 = passStringToWasm0(ast_json, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len0 = WASM_VECTOR_LEN;
    const ptr1 = passStringToWasm0(mapping_json, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len1 = WASM_VECTOR_LEN;
    wasm$1.ast_rename_tables(retptr, ptr0, len0, ptr1, len1);
    var r0 = getDataViewMemory0().getInt32(retptr + 4 * 0, true);
    var r1 = getDataViewMemory0().getInt32(retptr + 4 * 1, true);
    deferred3_0 = r0;
    deferred3_1 = r1;
    return getStringFromWasm0(r0, r1);
  } finally {
    wasm$1.__wbindgen_add_to_stack_pointer(16);
    wasm$1.__wbindgen_export4(deferred3_0, deferred3_1, 1);
  }
}
function ast_rename_tables_with_options$1(ast_json, mapping_json, options_json) {
  let deferred4_0;
  let deferred4_1;
  try {
    const retptr = wasm$1.__wbindgen_add_to_stack_pointer(-16);
    const ptr0 = passStringToWasm0(ast_json, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len0 = WASM_VECTOR_LEN;
    const ptr1 = passStringToWasm0(mapping_json, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len1 = WASM_VECTOR_LEN;
    const ptr2 = passStringToWasm0(options_json, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len2 = WASM_VECTOR_LEN;
    wasm$1.ast_rename_tables_with_options(retptr, ptr0, len0, ptr1, len1, ptr2, len2);
    var r0 = getDataViewMemory0().getInt32(retptr + 4 * 0, true);
    var r1 = getDataViewMemory0().getInt32(retptr + 4 * 1, true);
    deferred4_0 = r0;
    deferred4_1 = r1;
    return getStringFromWasm0(r0, r1);
  } finally {
    wasm$1.__wbindgen_add_to_stack_pointer(16);
    wasm$1.__wbindgen_export4(deferred4_0, deferred4_1, 1);
  }
}
function ast_set_distinct$1(ast_json, distinct) {
  let deferred2_0;
  let deferred2_1;
  try {
    const retptr = wasm$1.__wbindgen_add_to_stack_pointer(-16);
    const ptr0 = passStringToWasm0(ast_json, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len0 = WASM_VECTOR_LEN;
    wasm$1.ast_set_distinct(retptr, ptr0, len0, distinct);
    var r0 = getDataViewMemory0().getInt32(retptr + 4 * 0, true);
    var r1 = getDataViewMemory0().getInt32(retptr + 4 * 1, true);
    deferred2_0 = r0;
    deferred2_1 = r1;
    return getStringFromWasm0(r0, r1);
  } finally {
    wasm$1.__wbindgen_add_to_stack_pointer(16);
    wasm$1.__wbindgen_export4(deferred2_0, deferred2_1, 1);
  }
}
function ast_set_limit$1(ast_json, limit) {
  let deferred2_0;
  let deferred2_1;
  try {
    const retptr = wasm$1.__wbindgen_add_to_stack_pointer(-16);
    const ptr0 = passStringToWasm0(ast_json, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len0 = WASM_VECTOR_LEN;
    wasm$1.ast_set_limit(retptr, ptr0, len0, limit);
    var r0 = getDataViewMemory0().getInt32(retptr + 4 * 0, true);
    var r1 = getDataViewMemory0().getInt32(retptr + 4 * 1, true);
    deferred2_0 = r0;
    deferred2_1 = r1;
    return getStringFromWasm0(r0, r1);
  } finally {
    wasm$1.__wbindgen_add_to_stack_pointer(16);
    wasm$1.__wbindgen_export4(deferred2_0, deferred2_1, 1);
  }
}
function ast_set_offset$1(ast_json, offset) {
  let deferred2_0;
  let deferred2_1;
  try {
    const retptr = wasm$1.__wbindgen_add_to_stack_pointer(-16);
    const ptr0 = passStringToWasm0(ast_json, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len0 = WASM_VECTOR_LEN;
    wasm$1.ast_set_offset(retptr, ptr0, len0, offset);
    var r0 = getDataViewMemory0().getInt32(retptr + 4 * 0, true);
    var r1 = getDataViewMemory0().getInt32(retptr + 4 * 1, true);
    deferred2_0 = r0;
    deferred2_1 = r1;
    return getStringFromWasm0(r0, r1);
  } finally {
    wasm$1.__wbindgen_add_to_stack_pointer(16);
    wasm$1.__wbindgen_export4(deferred2_0, deferred2_1, 1);
  }
}
function ast_set_order_by$1(ast_json, order_by_json) {
  let deferred3_0;
  let deferred3_1;
  try {
    const retptr = wasm$1.__wbindgen_add_to_stack_pointer(-16);
    const ptr0 = passStringToWasm0(ast_json, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len0 = WASM_VECTOR_LEN;
    const ptr1 = passStringToWasm0(order_by_json, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len1 = WASM_VECTOR_LEN;
    wasm$1.ast_set_order_by(retptr, ptr0, len0, ptr1, len1);
    var r0 = getDataViewMemory0().getInt32(retptr + 4 * 0, true);
    var r1 = getDataViewMemory0().getInt32(retptr + 4 * 1, true);
    deferred3_0 = r0;
    deferred3_1 = r1;
    return getStringFromWasm0(r0, r1);
  } finally {
    wasm$1.__wbindgen_add_to_stack_pointer(16);
    wasm$1.__wbindgen_export4(deferred3_0, deferred3_1, 1);
  }
}
function diff_sql$1(source_sql, target_sql, dialect, delta_only, f, t) {
  let deferred4_0;
  let deferred4_1;
  try {
    const retptr = wasm$1.__wbindgen_add_to_stack_pointer(-16);
    const ptr0 = passStringToWasm0(source_sql, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len0 = WASM_VECTOR_LEN;
    const ptr1 = passStringToWasm0(target_sql, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len1 = WASM_VECTOR_LEN;
    const ptr2 = passStringToWasm0(dialect, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len2 = WASM_VECTOR_LEN;
    wasm$1.diff_sql(retptr, ptr0, len0, ptr1, len1, ptr2, len2, delta_only, f, t);
    var r0 = getDataViewMemory0().getInt32(retptr + 4 * 0, true);
    var r1 = getDataViewMemory0().getInt32(retptr + 4 * 1, true);
    deferred4_0 = r0;
    deferred4_1 = r1;
    return getStringFromWasm0(r0, r1);
  } finally {
    wasm$1.__wbindgen_add_to_stack_pointer(16);
    wasm$1.__wbindgen_export4(deferred4_0, deferred4_1, 1);
  }
}
function format_sql$1(sql, dialect) {
  let deferred3_0;
  let deferred3_1;
  try {
    const retptr = wasm$1.__wbindgen_add_to_stack_pointer(-16);
    const ptr0 = passStringToWasm0(sql, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len0 = WASM_VECTOR_LEN;
    const ptr1 = passStringToWasm0(dialect, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len1 = WASM_VECTOR_LEN;
    wasm$1.format_sql(retptr, ptr0, len0, ptr1, len1);
    var r0 = getDataViewMemory0().getInt32(retptr + 4 * 0, true);
    var r1 = getDataViewMemory0().getInt32(retptr + 4 * 1, true);
    deferred3_0 = r0;
    deferred3_1 = r1;
    return getStringFromWasm0(r0, r1);
  } finally {
    wasm$1.__wbindgen_add_to_stack_pointer(16);
    wasm$1.__wbindgen_export4(deferred3_0, deferred3_1, 1);
  }
}
function format_sql_value$1(sql, dialect) {
  const ptr0 = passStringToWasm0(sql, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
  const len0 = WASM_VECTOR_LEN;
  const ptr1 = passStringToWasm0(dialect, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
  const len1 = WASM_VECTOR_LEN;
  const ret = wasm$1.format_sql_value(ptr0, len0, ptr1, len1);
  return takeObject(ret);
}
function format_sql_with_options$1(sql, dialect, options_json) {
  let deferred4_0;
  let deferred4_1;
  try {
    const retptr = wasm$1.__wbindgen_add_to_stack_pointer(-16);
    const ptr0 = passStringToWasm0(sql, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len0 = WASM_VECTOR_LEN;
    const ptr1 = passStringToWasm0(dialect, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len1 = WASM_VECTOR_LEN;
    const ptr2 = passStringToWasm0(options_json, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len2 = WASM_VECTOR_LEN;
    wasm$1.format_sql_with_options(retptr, ptr0, len0, ptr1, len1, ptr2, len2);
    var r0 = getDataViewMemory0().getInt32(retptr + 4 * 0, true);
    var r1 = getDataViewMemory0().getInt32(retptr + 4 * 1, true);
    deferred4_0 = r0;
    deferred4_1 = r1;
    return getStringFromWasm0(r0, r1);
  } finally {
    wasm$1.__wbindgen_add_to_stack_pointer(16);
    wasm$1.__wbindgen_export4(deferred4_0, deferred4_1, 1);
  }
}
function format_sql_with_options_value$1(sql, dialect, options) {
  const ptr0 = passStringToWasm0(sql, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
  const len0 = WASM_VECTOR_LEN;
  const ptr1 = passStringToWasm0(dialect, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
  const len1 = WASM_VECTOR_LEN;
  const ret = wasm$1.format_sql_with_options_value(ptr0, len0, ptr1, len1, addHeapObject(options));
  return takeObject(ret);
}
function generate$1(ast_json, dialect) {
  let deferred3_0;
  let deferred3_1;
  try {
    const retptr = wasm$1.__wbindgen_add_to_stack_pointer(-16);
    const ptr0 = passStringToWasm0(ast_json, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len0 = WASM_VECTOR_LEN;
    const ptr1 = passStringToWasm0(dialect, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len1 = WASM_VECTOR_LEN;
    wasm$1.generate(retptr, ptr0, len0, ptr1, len1);
    var r0 = getDataViewMemory0().getInt32(retptr + 4 * 0, true);
    var r1 = getDataViewMemory0().getInt32(retptr + 4 * 1, true);
    deferred3_0 = r0;
    deferred3_1 = r1;
    return getStringFromWasm0(r0, r1);
  } finally {
    wasm$1.__wbindgen_add_to_stack_pointer(16);
    wasm$1.__wbindgen_export4(deferred3_0, deferred3_1, 1);
  }
}
function generate_data_type$1(data_type_json, dialect) {
  let deferred3_0;
  let deferred3_1;
  try {
    const retptr = wasm$1.__wbindgen_add_to_stack_pointer(-16);
    const ptr0 = passStringToWasm0(data_type_json, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len0 = WASM_VECTOR_LEN;
    const ptr1 = passStringToWasm0(dialect, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len1 = WASM_VECTOR_LEN;
    wasm$1.generate_data_type(retptr, ptr0, len0, ptr1, len1);
    var r0 = getDataViewMemory0().getInt32(retptr + 4 * 0, true);
    var r1 = getDataViewMemory0().getInt32(retptr + 4 * 1, true);
    deferred3_0 = r0;
    deferred3_1 = r1;
    return getStringFromWasm0(r0, r1);
  } finally {
    wasm$1.__wbindgen_add_to_stack_pointer(16);
    wasm$1.__wbindgen_export4(deferred3_0, deferred3_1, 1);
  }
}
function generate_data_type_value$1(data_type, dialect) {
  const ptr0 = passStringToWasm0(dialect, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
  const len0 = WASM_VECTOR_LEN;
  const ret = wasm$1.generate_data_type_value(addHeapObject(data_type), ptr0, len0);
  return takeObject(ret);
}
function generate_value$1(ast, dialect) {
  const ptr0 = passStringToWasm0(dialect, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
  const len0 = WASM_VECTOR_LEN;
  const ret = wasm$1.generate_value(addHeapObject(ast), ptr0, len0);
  return takeObject(ret);
}
function get_dialects$1() {
  let deferred1_0;
  let deferred1_1;
  try {
    const retptr = wasm$1.__wbindgen_add_to_stack_pointer(-16);
    wasm$1.get_dialects(retptr);
    var r0 = getDataViewMemory0().getInt32(retptr + 4 * 0, true);
    var r1 = getDataViewMemory0().getInt32(retptr + 4 * 1, true);
    deferred1_0 = r0;
    deferred1_1 = r1;
    return getStringFromWasm0(r0, r1);
  } finally {
    wasm$1.__wbindgen_add_to_stack_pointer(16);
    wasm$1.__wbindgen_export4(deferred1_0, deferred1_1, 1);
  }
}
function get_dialects_value$1() {
  const ret = wasm$1.get_dialects_value();
  return takeObject(ret);
}
function lineage_sql$1(sql, column2, dialect, trim_selects) {
  let deferred4_0;
  let deferred4_1;
  try {
    const retptr = wasm$1.__wbindgen_add_to_stack_pointer(-16);
    const ptr0 = passStringToWasm0(sql, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len0 = WASM_VECTOR_LEN;
    const ptr1 = passStringToWasm0(column2, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len1 = WASM_VECTOR_LEN;
    const ptr2 = passStringToWasm0(dialect, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len2 = WASM_VECTOR_LEN;
    wasm$1.lineage_sql(retptr, ptr0, len0, ptr1, len1, ptr2, len2, trim_selects);
    var r0 = getDataViewMemory0().getInt32(retptr + 4 * 0, true);
    var r1 = getDataViewMemory0().getInt32(retptr + 4 * 1, true);
    deferred4_0 = r0;
    deferred4_1 = r1;
    return getStringFromWasm0(r0, r1);
  } finally {
    wasm$1.__wbindgen_add_to_stack_pointer(16);
    wasm$1.__wbindgen_export4(deferred4_0, deferred4_1, 1);
  }
}
function lineage_sql_at$1(sql, ordinal, dialect, trim_selects) {
  let deferred3_0;
  let deferred3_1;
  try {
    const retptr = wasm$1.__wbindgen_add_to_stack_pointer(-16);
    const ptr0 = passStringToWasm0(sql, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len0 = WASM_VECTOR_LEN;
    const ptr1 = passStringToWasm0(dialect, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len1 = WASM_VECTOR_LEN;
    wasm$1.lineage_sql_at(retptr, ptr0, len0, ordinal, ptr1, len1, trim_selects);
    var r0 = getDataViewMemory0().getInt32(retptr + 4 * 0, true);
    var r1 = getDataViewMemory0().getInt32(retptr + 4 * 1, true);
    deferred3_0 = r0;
    deferred3_1 = r1;
    return getStringFromWasm0(r0, r1);
  } finally {
    wasm$1.__wbindgen_add_to_stack_pointer(16);
    wasm$1.__wbindgen_export4(deferred3_0, deferred3_1, 1);
  }
}
function lineage_sql_at_with_schema$1(sql, ordinal, schema_json, dialect, trim_selects) {
  let deferred4_0;
  let deferred4_1;
  try {
    const retptr = wasm$1.__wbindgen_add_to_stack_pointer(-16);
    const ptr0 = passStringToWasm0(sql, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len0 = WASM_VECTOR_LEN;
    const ptr1 = passStringToWasm0(schema_json, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len1 = WASM_VECTOR_LEN;
    const ptr2 = passStringToWasm0(dialect, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len2 = WASM_VECTOR_LEN;
    wasm$1.lineage_sql_at_with_schema(retptr, ptr0, len0, ordinal, ptr1, len1, ptr2, len2, trim_selects);
    var r0 = getDataViewMemory0().getInt32(retptr + 4 * 0, true);
    var r1 = getDataViewMemory0().getInt32(retptr + 4 * 1, true);
    deferred4_0 = r0;
    deferred4_1 = r1;
    return getStringFromWasm0(r0, r1);
  } finally {
    wasm$1.__wbindgen_add_to_stack_pointer(16);
    wasm$1.__wbindgen_export4(deferred4_0, deferred4_1, 1);
  }
}
function lineage_sql_with_schema$1(sql, column2, schema_json, dialect, trim_selects) {
  let deferred5_0;
  let deferred5_1;
  try {
    const retptr = wasm$1.__wbindgen_add_to_stack_pointer(-16);
    const ptr0 = passStringToWasm0(sql, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len0 = WASM_VECTOR_LEN;
    const ptr1 = passStringToWasm0(column2, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len1 = WASM_VECTOR_LEN;
    const ptr2 = passStringToWasm0(schema_json, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len2 = WASM_VECTOR_LEN;
    const ptr3 = passStringToWasm0(dialect, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len3 = WASM_VECTOR_LEN;
    wasm$1.lineage_sql_with_schema(retptr, ptr0, len0, ptr1, len1, ptr2, len2, ptr3, len3, trim_selects);
    var r0 = getDataViewMemory0().getInt32(retptr + 4 * 0, true);
    var r1 = getDataViewMemory0().getInt32(retptr + 4 * 1, true);
    deferred5_0 = r0;
    deferred5_1 = r1;
    return getStringFromWasm0(r0, r1);
  } finally {
    wasm$1.__wbindgen_add_to_stack_pointer(16);
    wasm$1.__wbindgen_export4(deferred5_0, deferred5_1, 1);
  }
}
function openlineage_column_lineage$1(sql, options_json) {
  let deferred3_0;
  let deferred3_1;
  try {
    const retptr = wasm$1.__wbindgen_add_to_stack_pointer(-16);
    const ptr0 = passStringToWasm0(sql, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len0 = WASM_VECTOR_LEN;
    const ptr1 = passStringToWasm0(options_json, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len1 = WASM_VECTOR_LEN;
    wasm$1.openlineage_column_lineage(retptr, ptr0, len0, ptr1, len1);
    var r0 = getDataViewMemory0().getInt32(retptr + 4 * 0, true);
    var r1 = getDataViewMemory0().getInt32(retptr + 4 * 1, true);
    deferred3_0 = r0;
    deferred3_1 = r1;
    return getStringFromWasm0(r0, r1);
  } finally {
    wasm$1.__wbindgen_add_to_stack_pointer(16);
    wasm$1.__wbindgen_export4(deferred3_0, deferred3_1, 1);
  }
}
function openlineage_job_event$1(sql, options_json) {
  let deferred3_0;
  let deferred3_1;
  try {
    const retptr = wasm$1.__wbindgen_add_to_stack_pointer(-16);
    const ptr0 = passStringToWasm0(sql, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len0 = WASM_VECTOR_LEN;
    const ptr1 = passStringToWasm0(options_json, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len1 = WASM_VECTOR_LEN;
    wasm$1.openlineage_job_event(retptr, ptr0, len0, ptr1, len1);
    var r0 = getDataViewMemory0().getInt32(retptr + 4 * 0, true);
    var r1 = getDataViewMemory0().getInt32(retptr + 4 * 1, true);
    deferred3_0 = r0;
    deferred3_1 = r1;
    return getStringFromWasm0(r0, r1);
  } finally {
    wasm$1.__wbindgen_add_to_stack_pointer(16);
    wasm$1.__wbindgen_export4(deferred3_0, deferred3_1, 1);
  }
}
function openlineage_run_event$1(sql, options_json) {
  let deferred3_0;
  let deferred3_1;
  try {
    const retptr = wasm$1.__wbindgen_add_to_stack_pointer(-16);
    const ptr0 = passStringToWasm0(sql, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len0 = WASM_VECTOR_LEN;
    const ptr1 = passStringToWasm0(options_json, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len1 = WASM_VECTOR_LEN;
    wasm$1.openlineage_run_event(retptr, ptr0, len0, ptr1, len1);
    var r0 = getDataViewMemory0().getInt32(retptr + 4 * 0, true);
    var r1 = getDataViewMemory0().getInt32(retptr + 4 * 1, true);
    deferred3_0 = r0;
    deferred3_1 = r1;
    return getStringFromWasm0(r0, r1);
  } finally {
    wasm$1.__wbindgen_add_to_stack_pointer(16);
    wasm$1.__wbindgen_export4(deferred3_0, deferred3_1, 1);
  }
}
function output_columns_sql$1(sql, dialect) {
  let deferred3_0;
  let deferred3_1;
  try {
    const retptr = wasm$1.__wbindgen_add_to_stack_pointer(-16);
    const ptr0 = passStringToWasm0(sql, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len0 = WASM_VECTOR_LEN;
    const ptr1 = passStringToWasm0(dialect, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len1 = WASM_VECTOR_LEN;
    wasm$1.output_columns_sql(retptr, ptr0, len0, ptr1, len1);
    var r0 = getDataViewMemory0().getInt32(retptr + 4 * 0, true);
    var r1 = getDataViewMemory0().getInt32(retptr + 4 * 1, true);
    deferred3_0 = r0;
    deferred3_1 = r1;
    return getStringFromWasm0(r0, r1);
  } finally {
    wasm$1.__wbindgen_add_to_stack_pointer(16);
    wasm$1.__wbindgen_export4(deferred3_0, deferred3_1, 1);
  }
}
function output_columns_sql_with_schema$1(sql, schema_json, dialect) {
  let deferred4_0;
  let deferred4_1;
  try {
    const retptr = wasm$1.__wbindgen_add_to_stack_pointer(-16);
    const ptr0 = passStringToWasm0(sql, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len0 = WASM_VECTOR_LEN;
    const ptr1 = passStringToWasm0(schema_json, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len1 = WASM_VECTOR_LEN;
    const ptr2 = passStringToWasm0(dialect, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len2 = WASM_VECTOR_LEN;
    wasm$1.output_columns_sql_with_schema(retptr, ptr0, len0, ptr1, len1, ptr2, len2);
    var r0 = getDataViewMemory0().getInt32(retptr + 4 * 0, true);
    var r1 = getDataViewMemory0().getInt32(retptr + 4 * 1, true);
    deferred4_0 = r0;
    deferred4_1 = r1;
    return getStringFromWasm0(r0, r1);
  } finally {
    wasm$1.__wbindgen_add_to_stack_pointer(16);
    wasm$1.__wbindgen_export4(deferred4_0, deferred4_1, 1);
  }
}
function parse$1(sql, dialect) {
  let deferred3_0;
  let deferred3_1;
  try {
    const retptr = wasm$1.__wbindgen_add_to_stack_pointer(-16);
    const ptr0 = passStringToWasm0(sql, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len0 = WASM_VECTOR_LEN;
    const ptr1 = passStringToWasm0(dialect, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len1 = WASM_VECTOR_LEN;
    wasm$1.parse(retptr, ptr0, len0, ptr1, len1);
    var r0 = getDataViewMemory0().getInt32(retptr + 4 * 0, true);
    var r1 = getDataViewMemory0().getInt32(retptr + 4 * 1, true);
    deferred3_0 = r0;
    deferred3_1 = r1;
    return getStringFromWasm0(r0, r1);
  } finally {
    wasm$1.__wbindgen_add_to_stack_pointer(16);
    wasm$1.__wbindgen_export4(deferred3_0, deferred3_1, 1);
  }
}
function parse_data_type$1(sql, dialect) {
  let deferred3_0;
  let deferred3_1;
  try {
    const retptr = wasm$1.__wbindgen_add_to_stack_pointer(-16);
    const ptr0 = passStringToWasm0(sql, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len0 = WASM_VECTOR_LEN;
    const ptr1 = passStringToWasm0(dialect, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len1 = WASM_VECTOR_LEN;
    wasm$1.parse_data_type(retptr, ptr0, len0, ptr1, len1);
    var r0 = getDataViewMemory0().getInt32(retptr + 4 * 0, true);
    var r1 = getDataViewMemory0().getInt32(retptr + 4 * 1, true);
    deferred3_0 = r0;
    deferred3_1 = r1;
    return getStringFromWasm0(r0, r1);
  } finally {
    wasm$1.__wbindgen_add_to_stack_pointer(16);
    wasm$1.__wbindgen_export4(deferred3_0, deferred3_1, 1);
  }
}
function parse_data_type_value$1(sql, dialect) {
  const ptr0 = passStringToWasm0(sql, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
  const len0 = WASM_VECTOR_LEN;
  const ptr1 = passStringToWasm0(dialect, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
  const len1 = WASM_VECTOR_LEN;
  const ret = wasm$1.parse_data_type_value(ptr0, len0, ptr1, len1);
  return takeObject(ret);
}
function parse_value$1(sql, dialect) {
  const ptr0 = passStringToWasm0(sql, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
  const len0 = WASM_VECTOR_LEN;
  const ptr1 = passStringToWasm0(dialect, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
  const len1 = WASM_VECTOR_LEN;
  const ret = wasm$1.parse_value(ptr0, len0, ptr1, len1);
  return takeObject(ret);
}
function plan$1(sql, dialect) {
  let deferred3_0;
  let deferred3_1;
  try {
    const retptr = wasm$1.__wbindgen_add_to_stack_pointer(-16);
    const ptr0 = passStringToWasm0(sql, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len0 = WASM_VECTOR_LEN;
    const ptr1 = passStringToWasm0(dialect, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len1 = WASM_VECTOR_LEN;
    wasm$1.plan(retptr, ptr0, len0, ptr1, len1);
    var r0 = getDataViewMemory0().getInt32(retptr + 4 * 0, true);
    var r1 = getDataViewMemory0().getInt32(retptr + 4 * 1, true);
    deferred3_0 = r0;
    deferred3_1 = r1;
    return getStringFromWasm0(r0, r1);
  } finally {
    wasm$1.__wbindgen_add_to_stack_pointer(16);
    wasm$1.__wbindgen_export4(deferred3_0, deferred3_1, 1);
  }
}
function source_tables$1(sql, column2, dialect) {
  let deferred4_0;
  let deferred4_1;
  try {
    const retptr = wasm$1.__wbindgen_add_to_stack_pointer(-16);
    const ptr0 = passStringToWasm0(sql, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len0 = WASM_VECTOR_LEN;
    const ptr1 = passStringToWasm0(column2, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len1 = WASM_VECTOR_LEN;
    const ptr2 = passStringToWasm0(dialect, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len2 = WASM_VECTOR_LEN;
    wasm$1.source_tables(retptr, ptr0, len0, ptr1, len1, ptr2, len2);
    var r0 = getDataViewMemory0().getInt32(retptr + 4 * 0, true);
    var r1 = getDataViewMemory0().getInt32(retptr + 4 * 1, true);
    deferred4_0 = r0;
    deferred4_1 = r1;
    return getStringFromWasm0(r0, r1);
  } finally {
    wasm$1.__wbindgen_add_to_stack_pointer(16);
    wasm$1.__wbindgen_export4(deferred4_0, deferred4_1, 1);
  }
}
function tokenize$1(sql, dialect) {
  let deferred3_0;
  let deferred3_1;
  try {
    const retptr = wasm$1.__wbindgen_add_to_stack_pointer(-16);
    const ptr0 = passStringToWasm0(sql, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len0 = WASM_VECTOR_LEN;
    const ptr1 = passStringToWasm0(dialect, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len1 = WASM_VECTOR_LEN;
    wasm$1.tokenize(retptr, ptr0, len0, ptr1, len1);
    var r0 = getDataViewMemory0().getInt32(retptr + 4 * 0, true);
    var r1 = getDataViewMemory0().getInt32(retptr + 4 * 1, true);
    deferred3_0 = r0;
    deferred3_1 = r1;
    return getStringFromWasm0(r0, r1);
  } finally {
    wasm$1.__wbindgen_add_to_stack_pointer(16);
    wasm$1.__wbindgen_export4(deferred3_0, deferred3_1, 1);
  }
}
function tokenize_value$1(sql, dialect) {
  const ptr0 = passStringToWasm0(sql, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
  const len0 = WASM_VECTOR_LEN;
  const ptr1 = passStringToWasm0(dialect, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
  const len1 = WASM_VECTOR_LEN;
  const ret = wasm$1.tokenize_value(ptr0, len0, ptr1, len1);
  return takeObject(ret);
}
function transpile$1(sql, read_dialect, write_dialect) {
  let deferred4_0;
  let deferred4_1;
  try {
    const retptr = wasm$1.__wbindgen_add_to_stack_pointer(-16);
    const ptr0 = passStringToWasm0(sql, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len0 = WASM_VECTOR_LEN;
    const ptr1 = passStringToWasm0(read_dialect, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len1 = WASM_VECTOR_LEN;
    const ptr2 = passStringToWasm0(write_dialect, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len2 = WASM_VECTOR_LEN;
    wasm$1.transpile(retptr, ptr0, len0, ptr1, len1, ptr2, len2);
    var r0 = getDataViewMemory0().getInt32(retptr + 4 * 0, true);
    var r1 = getDataViewMemory0().getInt32(retptr + 4 * 1, true);
    deferred4_0 = r0;
    deferred4_1 = r1;
    return getStringFromWasm0(r0, r1);
  } finally {
    wasm$1.__wbindgen_add_to_stack_pointer(16);
    wasm$1.__wbindgen_export4(deferred4_0, deferred4_1, 1);
  }
}
function transpile_value$1(sql, read_dialect, write_dialect) {
  const ptr0 = passStringToWasm0(sql, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
  const len0 = WASM_VECTOR_LEN;
  const ptr1 = passStringToWasm0(read_dialect, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
  const len1 = WASM_VECTOR_LEN;
  const ptr2 = passStringToWasm0(write_dialect, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
  const len2 = WASM_VECTOR_LEN;
  const ret = wasm$1.transpile_value(ptr0, len0, ptr1, len1, ptr2, len2);
  return takeObject(ret);
}
function transpile_with_options$1(sql, read_dialect, write_dialect, options_json) {
  let deferred5_0;
  let deferred5_1;
  try {
    const retptr = wasm$1.__wbindgen_add_to_stack_pointer(-16);
    const ptr0 = passStringToWasm0(sql, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len0 = WASM_VECTOR_LEN;
    const ptr1 = passStringToWasm0(read_dialect, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len1 = WASM_VECTOR_LEN;
    const ptr2 = passStringToWasm0(write_dialect, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len2 = WASM_VECTOR_LEN;
    const ptr3 = passStringToWasm0(options_json, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len3 = WASM_VECTOR_LEN;
    wasm$1.transpile_with_options(retptr, ptr0, len0, ptr1, len1, ptr2, len2, ptr3, len3);
    var r0 = getDataViewMemory0().getInt32(retptr + 4 * 0, true);
    var r1 = getDataViewMemory0().getInt32(retptr + 4 * 1, true);
    deferred5_0 = r0;
    deferred5_1 = r1;
    return getStringFromWasm0(r0, r1);
  } finally {
    wasm$1.__wbindgen_add_to_stack_pointer(16);
    wasm$1.__wbindgen_export4(deferred5_0, deferred5_1, 1);
  }
}
function transpile_with_options_value$1(sql, read_dialect, write_dialect, options) {
  const ptr0 = passStringToWasm0(sql, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
  const len0 = WASM_VECTOR_LEN;
  const ptr1 = passStringToWasm0(read_dialect, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
  const len1 = WASM_VECTOR_LEN;
  const ptr2 = passStringToWasm0(write_dialect, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
  const len2 = WASM_VECTOR_LEN;
  const ret = wasm$1.transpile_with_options_value(ptr0, len0, ptr1, len1, ptr2, len2, addHeapObject(options));
  return takeObject(ret);
}
function validate$1(sql, dialect) {
  let deferred3_0;
  let deferred3_1;
  try {
    const retptr = wasm$1.__wbindgen_add_to_stack_pointer(-16);
    const ptr0 = passStringToWasm0(sql, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len0 = WASM_VECTOR_LEN;
    const ptr1 = passStringToWasm0(dialect, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len1 = WASM_VECTOR_LEN;
    wasm$1.validate(retptr, ptr0, len0, ptr1, len1);
    var r0 = getDataViewMemory0().getInt32(retptr + 4 * 0, true);
    var r1 = getDataViewMemory0().getInt32(retptr + 4 * 1, true);
    deferred3_0 = r0;
    deferred3_1 = r1;
    return getStringFromWasm0(r0, r1);
  } finally {
    wasm$1.__wbindgen_add_to_stack_pointer(16);
    wasm$1.__wbindgen_export4(deferred3_0, deferred3_1, 1);
  }
}
function validate_with_options$1(sql, dialect, options_json) {
  let deferred4_0;
  let deferred4_1;
  try {
    const retptr = wasm$1.__wbindgen_add_to_stack_pointer(-16);
    const ptr0 = passStringToWasm0(sql, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len0 = WASM_VECTOR_LEN;
    const ptr1 = passStringToWasm0(dialect, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len1 = WASM_VECTOR_LEN;
    const ptr2 = passStringToWasm0(options_json, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len2 = WASM_VECTOR_LEN;
    wasm$1.validate_with_options(retptr, ptr0, len0, ptr1, len1, ptr2, len2);
    var r0 = getDataViewMemory0().getInt32(retptr + 4 * 0, true);
    var r1 = getDataViewMemory0().getInt32(retptr + 4 * 1, true);
    deferred4_0 = r0;
    deferred4_1 = r1;
    return getStringFromWasm0(r0, r1);
  } finally {
    wasm$1.__wbindgen_add_to_stack_pointer(16);
    wasm$1.__wbindgen_export4(deferred4_0, deferred4_1, 1);
  }
}
function validate_with_schema$1(sql, schema_json, dialect, options_json) {
  let deferred5_0;
  let deferred5_1;
  try {
    const retptr = wasm$1.__wbindgen_add_to_stack_pointer(-16);
    const ptr0 = passStringToWasm0(sql, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len0 = WASM_VECTOR_LEN;
    const ptr1 = passStringToWasm0(schema_json, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len1 = WASM_VECTOR_LEN;
    const ptr2 = passStringToWasm0(dialect, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len2 = WASM_VECTOR_LEN;
    const ptr3 = passStringToWasm0(options_json, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
    const len3 = WASM_VECTOR_LEN;
    wasm$1.validate_with_schema(retptr, ptr0, len0, ptr1, len1, ptr2, len2, ptr3, len3);
    var r0 = getDataViewMemory0().getInt32(retptr + 4 * 0, true);
    var r1 = getDataViewMemory0().getInt32(retptr + 4 * 1, true);
    deferred5_0 = r0;
    deferred5_1 = r1;
    return getStringFromWasm0(r0, r1);
  } finally {
    wasm$1.__wbindgen_add_to_stack_pointer(16);
    wasm$1.__wbindgen_export4(deferred5_0, deferred5_1, 1);
  }
}
function version$1() {
  let deferred1_0;
  let deferred1_1;
  try {
    const retptr = wasm$1.__wbindgen_add_to_stack_pointer(-16);
    wasm$1.version(retptr);
    var r0 = getDataViewMemory0().getInt32(retptr + 4 * 0, true);
    var r1 = getDataViewMemory0().getInt32(retptr + 4 * 1, true);
    deferred1_0 = r0;
    deferred1_1 = r1;
    return getStringFromWasm0(r0, r1);
  } finally {
    wasm$1.__wbindgen_add_to_stack_pointer(16);
    wasm$1.__wbindgen_export4(deferred1_0, deferred1_1, 1);
  }
}
function wasm_compat_build$1(request) {
  try {
    const retptr = wasm$1.__wbindgen_add_to_stack_pointer(-16);
    wasm$1.wasm_compat_build(retptr, addHeapObject(request));
    var r0 = getDataViewMemory0().getInt32(retptr + 4 * 0, true);
    var r1 = getDataViewMemory0().getInt32(retptr + 4 * 1, true);
    var r2 = getDataViewMemory0().getInt32(retptr + 4 * 2, true);
    if (r2) {
      throw takeObject(r1);
    }
    return takeObject(r0);
  } finally {
    wasm$1.__wbindgen_add_to_stack_pointer(16);
  }
}
function __wbg_Error_8c4e43fe74559d73(arg0, arg1) {
  const ret = Error(getStringFromWasm0(arg0, arg1));
  return addHeapObject(ret);
}
function __wbg_Number_04624de7d0e8332d(arg0) {
  const ret = Number(getObject(arg0));
  return ret;
}
function __wbg_String_8f0eb39a4a4c2f66(arg0, arg1) {
  const ret = String(getObject(arg1));
  const ptr1 = passStringToWasm0(ret, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
  const len1 = WASM_VECTOR_LEN;
  getDataViewMemory0().setInt32(arg0 + 4 * 1, len1, true);
  getDataViewMemory0().setInt32(arg0 + 4 * 0, ptr1, true);
}
function __wbg___wbindgen_bigint_get_as_i64_8fcf4ce7f1ca72a2(arg0, arg1) {
  const v = getObject(arg1);
  const ret = typeof v === "bigint" ? v : void 0;
  getDataViewMemory0().setBigInt64(arg0 + 8 * 1, isLikeNone(ret) ? BigInt(0) : ret, true);
  getDataViewMemory0().setInt32(arg0 + 4 * 0, !isLikeNone(ret), true);
}
function __wbg___wbindgen_boolean_get_bbbb1c18aa2f5e25(arg0) {
  const v = getObject(arg0);
  const ret = typeof v === "boolean" ? v : void 0;
  return isLikeNone(ret) ? 16777215 : ret ? 1 : 0;
}
function __wbg___wbindgen_debug_string_0bc8482c6e3508ae(arg0, arg1) {
  const ret = debugString(getObject(arg1));
  const ptr1 = passStringToWasm0(ret, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
  const len1 = WASM_VECTOR_LEN;
  getDataViewMemory0().setInt32(arg0 + 4 * 1, len1, true);
  getDataViewMemory0().setInt32(arg0 + 4 * 0, ptr1, true);
}
function __wbg___wbindgen_in_47fa6863be6f2f25(arg0, arg1) {
  const ret = getObject(arg0) in getObject(arg1);
  return ret;
}
function __wbg___wbindgen_is_bigint_31b12575b56f32fc(arg0) {
  const ret = typeof getObject(arg0) === "bigint";
  return ret;
}
function __wbg___wbindgen_is_function_0095a73b8b156f76(arg0) {
  const ret = typeof getObject(arg0) === "function";
  return ret;
}
function __wbg___wbindgen_is_object_5ae8e5880f2c1fbd(arg0) {
  const val = getObject(arg0);
  const ret = typeof val === "object" && val !== null;
  return ret;
}
function __wbg___wbindgen_is_string_cd444516edc5b180(arg0) {
  const ret = typeof getObject(arg0) === "string";
  return ret;
}
function __wbg___wbindgen_is_undefined_9e4d92534c42d778(arg0) {
  const ret = getObject(arg0) === void 0;
  return ret;
}
function __wbg___wbindgen_jsval_eq_11888390b0186270(arg0, arg1) {
  const ret = getObject(arg0) === getObject(arg1);
  return ret;
}
function __wbg___wbindgen_jsval_loose_eq_9dd77d8cd6671811(arg0, arg1) {
  const ret = getObject(arg0) == getObject(arg1);
  return ret;
}
function __wbg___wbindgen_number_get_8ff4255516ccad3e(arg0, arg1) {
  const obj = getObject(arg1);
  const ret = typeof obj === "number" ? obj : void 0;
  getDataViewMemory0().setFloat64(arg0 + 8 * 1, isLikeNone(ret) ? 0 : ret, true);
  getDataViewMemory0().setInt32(arg0 + 4 * 0, !isLikeNone(ret), true);
}
function __wbg___wbindgen_string_get_72fb696202c56729(arg0, arg1) {
  const obj = getObject(arg1);
  const ret = typeof obj === "string" ? obj : void 0;
  var ptr1 = isLikeNone(ret) ? 0 : passStringToWasm0(ret, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
  var len1 = WASM_VECTOR_LEN;
  getDataViewMemory0().setInt32(arg0 + 4 * 1, len1, true);
  getDataViewMemory0().setInt32(arg0 + 4 * 0, ptr1, true);
}
function __wbg___wbindgen_throw_be289d5034ed271b(arg0, arg1) {
  throw new Error(getStringFromWasm0(arg0, arg1));
}
function __wbg_call_389efe28435a9388() {
  return handleError(function(arg0, arg1) {
    const ret = getObject(arg0).call(getObject(arg1));
    return addHeapObject(ret);
  }, arguments);
}
function __wbg_done_57b39ecd9addfe81(arg0) {
  const ret = getObject(arg0).done;
  return ret;
}
function __wbg_entries_58c7934c745daac7(arg0) {
  const ret = Object.entries(getObject(arg0));
  return addHeapObject(ret);
}
function __wbg_error_7534b8e9a36f1ab4(arg0, arg1) {
  let deferred0_0;
  let deferred0_1;
  try {
    deferred0_0 = arg0;
    deferred0_1 = arg1;
    console.error(getStringFromWasm0(arg0, arg1));
  } finally {
    wasm$1.__wbindgen_export4(deferred0_0, deferred0_1, 1);
  }
}
function __wbg_fromCodePoint_22365db7b7d6ac39() {
  return handleError(function(arg0) {
    const ret = String.fromCodePoint(arg0 >>> 0);
    return addHeapObject(ret);
  }, arguments);
}
function __wbg_get_9b94d73e6221f75c(arg0, arg1) {
  const ret = getObject(arg0)[arg1 >>> 0];
  return addHeapObject(ret);
}
function __wbg_get_b3ed3ad4be2bc8ac() {
  return handleError(function(arg0, arg1) {
    const ret = Reflect.get(getObject(arg0), getObject(arg1));
    return addHeapObject(ret);
  }, arguments);
}
function __wbg_get_with_ref_key_1dc361bd10053bfe(arg0, arg1) {
  const ret = getObject(arg0)[getObject(arg1)];
  return addHeapObject(ret);
}
function __wbg_instanceof_ArrayBuffer_c367199e2fa2aa04(arg0) {
  let result;
  try {
    result = getObject(arg0) instanceof ArrayBuffer;
  } catch (_) {
    result = false;
  }
  const ret = result;
  return ret;
}
function __wbg_instanceof_Map_53af74335dec57f4(arg0) {
  let result;
  try {
    result = getObject(arg0) instanceof Map;
  } catch (_) {
    result = false;
  }
  const ret = result;
  return ret;
}
function __wbg_instanceof_Uint8Array_9b9075935c74707c(arg0) {
  let result;
  try {
    result = getObject(arg0) instanceof Uint8Array;
  } catch (_) {
    result = false;
  }
  const ret = result;
  return ret;
}
function __wbg_isArray_d314bb98fcf08331(arg0) {
  const ret = Array.isArray(getObject(arg0));
  return ret;
}
function __wbg_isSafeInteger_bfbc7332a9768d2a(arg0) {
  const ret = Number.isSafeInteger(getObject(arg0));
  return ret;
}
function __wbg_iterator_6ff6560ca1568e55() {
  const ret = Symbol.iterator;
  return addHeapObject(ret);
}
function __wbg_length_32ed9a279acd054c(arg0) {
  const ret = getObject(arg0).length;
  return ret;
}
function __wbg_length_35a7bace40f36eac(arg0) {
  const ret = getObject(arg0).length;
  return ret;
}
function __wbg_new_361308b2356cecd0() {
  const ret = new Object();
  return addHeapObject(ret);
}
function __wbg_new_3eb36ae241fe6f44() {
  const ret = new Array();
  return addHeapObject(ret);
}
function __wbg_new_8a6f238a6ece86ea() {
  const ret = new Error();
  return addHeapObject(ret);
}
function __wbg_new_dca287b076112a51() {
  const ret = /* @__PURE__ */ new Map();
  return addHeapObject(ret);
}
function __wbg_new_dd2b680c8bf6ae29(arg0) {
  const ret = new Uint8Array(getObject(arg0));
  return addHeapObject(ret);
}
function __wbg_next_3482f54c49e8af19() {
  return handleError(function(arg0) {
    const ret = getObject(arg0).next();
    return addHeapObject(ret);
  }, arguments);
}
function __wbg_next_418f80d8f5303233(arg0) {
  const ret = getObject(arg0).next;
  return addHeapObject(ret);
}
function __wbg_prototypesetcall_bdcdcc5842e4d77d(arg0, arg1, arg2) {
  Uint8Array.prototype.set.call(getArrayU8FromWasm0(arg0, arg1), getObject(arg2));
}
function __wbg_set_1eb0999cf5d27fc8(arg0, arg1, arg2) {
  const ret = getObject(arg0).set(getObject(arg1), getObject(arg2));
  return addHeapObject(ret);
}
function __wbg_set_3f1d0b984ed272ed(arg0, arg1, arg2) {
  getObject(arg0)[takeObject(arg1)] = takeObject(arg2);
}
function __wbg_set_f43e577aea94465b(arg0, arg1, arg2) {
  getObject(arg0)[arg1 >>> 0] = takeObject(arg2);
}
function __wbg_stack_0ed75d68575b0f3c(arg0, arg1) {
  const ret = getObject(arg1).stack;
  const ptr1 = passStringToWasm0(ret, wasm$1.__wbindgen_export, wasm$1.__wbindgen_export2);
  const len1 = WASM_VECTOR_LEN;
  getDataViewMemory0().setInt32(arg0 + 4 * 1, len1, true);
  getDataViewMemory0().setInt32(arg0 + 4 * 0, ptr1, true);
}
function __wbg_value_0546255b415e96c1(arg0) {
  const ret = getObject(arg0).value;
  return addHeapObject(ret);
}
function __wbindgen_cast_0000000000000001(arg0) {
  const ret = arg0;
  return addHeapObject(ret);
}
function __wbindgen_cast_0000000000000002(arg0) {
  const ret = arg0;
  return addHeapObject(ret);
}
function __wbindgen_cast_0000000000000003(arg0, arg1) {
  const ret = getStringFromWasm0(arg0, arg1);
  return addHeapObject(ret);
}
function __wbindgen_cast_0000000000000004(arg0) {
  const ret = BigInt.asUintN(64, arg0);
  return addHeapObject(ret);
}
function __wbindgen_object_clone_ref(arg0) {
  const ret = getObject(arg0);
  return addHeapObject(ret);
}
function __wbindgen_object_drop_ref(arg0) {
  takeObject(arg0);
}
function addHeapObject(obj) {
  if (heap_next === heap.length) heap.push(heap.length + 1);
  const idx = heap_next;
  heap_next = heap[idx];
  heap[idx] = obj;
  return idx;
}
function debugString(val) {
  const type = typeof val;
  if (type == "number" || type == "boolean" || val == null) {
    return `${val}`;
  }
  if (type == "string") {
    return `"${val}"`;
  }
  if (type == "symbol") {
    const description = val.description;
    if (description == null) {
      return "Symbol";
    } else {
      return `Symbol(${description})`;
    }
  }
  if (type == "function") {
    const name = val.name;
    if (typeof name == "string" && name.length > 0) {
      return `Function(${name})`;
    } else {
      return "Function";
    }
  }
  if (Array.isArray(val)) {
    const length2 = val.length;
    let debug = "[";
    if (length2 > 0) {
      debug += debugString(val[0]);
    }
    for (let i = 1; i < length2; i++) {
      debug += ", " + debugString(val[i]);
    }
    debug += "]";
    return debug;
  }
  const builtInMatches = /\[object ([^\]]+)\]/.exec(toString.call(val));
  let className;
  if (builtInMatches && builtInMatches.length > 1) {
    className = builtInMatches[1];
  } else {
    return toString.call(val);
  }
  if (className == "Object") {
    try {
      return "Object(" + JSON.stringify(val) + ")";
    } catch (_) {
      return "Object";
    }
  }
  if (val instanceof Error) {
    return `${val.name}: ${val.message}
${val.stack}`;
  }
  return className;
}
function dropObject(idx) {
  if (idx < 132) return;
  heap[idx] = heap_next;
  heap_next = idx;
}
function getArrayU8FromWasm0(ptr, len) {
  ptr = ptr >>> 0;
  return getUint8ArrayMemory0().subarray(ptr / 1, ptr / 1 + len);
}
let cachedDataViewMemory0 = null;
function getDataViewMemory0() {
  if (cachedDataViewMemory0 === null || cachedDataViewMemory0.buffer.detached === true || cachedDataViewMemory0.buffer.detached === void 0 && cachedDataViewMemory0.buffer !== wasm$1.memory.buffer) {
    cachedDataViewMemory0 = new DataView(wasm$1.memory.buffer);
  }
  return cachedDataViewMemory0;
}
function getStringFromWasm0(ptr, len) {
  ptr = ptr >>> 0;
  return decodeText(ptr, len);
}
let cachedUint8ArrayMemory0 = null;
function getUint8ArrayMemory0() {
  if (cachedUint8ArrayMemory0 === null || cachedUint8ArrayMemory0.byteLength === 0) {
    cachedUint8ArrayMemory0 = new Uint8Array(wasm$1.memory.buffer);
  }
  return cachedUint8ArrayMemory0;
}
function getObject(idx) {
  return heap[idx];
}
function handleError(f, args) {
  try {
    return f.apply(this, args);
  } catch (e) {
    wasm$1.__wbindgen_export3(addHeapObject(e));
  }
}
let heap = new Array(128).fill(void 0);
heap.push(void 0, null, true, false);
let heap_next = heap.length;
function isLikeNone(x) {
  return x === void 0 || x === null;
}
function passStringToWasm0(arg, malloc, realloc) {
  if (realloc === void 0) {
    const buf = cachedTextEncoder.encode(arg);
    const ptr2 = malloc(buf.length, 1) >>> 0;
    getUint8ArrayMemory0().subarray(ptr2, ptr2 + buf.length).set(buf);
    WASM_VECTOR_LEN = buf.length;
    return ptr2;
  }
  let len = arg.length;
  let ptr = malloc(len, 1) >>> 0;
  const mem = getUint8ArrayMemory0();
  let offset = 0;
  for (; offset < len; offset++) {
    const code = arg.charCodeAt(offset);
    if (code > 127) break;
    mem[ptr + offset] = code;
  }
  if (offset !== len) {
    if (offset !== 0) {
      arg = arg.slice(offset);
    }
    ptr = realloc(ptr, len, len = offset + arg.length * 3, 1) >>> 0;
    const view = getUint8ArrayMemory0().subarray(ptr + offset, ptr + len);
    const ret = cachedTextEncoder.encodeInto(arg, view);
    offset += ret.written;
    ptr = realloc(ptr, len, offset, 1) >>> 0;
  }
  WASM_VECTOR_LEN = offset;
  return ptr;
}
function takeObject(idx) {
  const ret = getObject(idx);
  dropObject(idx);
  return ret;
}
let cachedTextDecoder = new TextDecoder("utf-8", { ignoreBOM: true, fatal: true });
cachedTextDecoder.decode();
const MAX_SAFARI_DECODE_BYTES = 2146435072;
let numBytesDecoded = 0;
function decodeText(ptr, len) {
  numBytesDecoded += len;
  if (numBytesDecoded >= MAX_SAFARI_DECODE_BYTES) {
    cachedTextDecoder = new TextDecoder("utf-8", { ignoreBOM: true, fatal: true });
    cachedTextDecoder.decode();
    numBytesDecoded = len;
  }
  return cachedTextDecoder.decode(getUint8ArrayMemory0().subarray(ptr, ptr + len));
}
const cachedTextEncoder = new TextEncoder();
if (!("encodeInto" in cachedTextEncoder)) {
  cachedTextEncoder.encodeInto = function(arg, view) {
    const buf = cachedTextEncoder.encode(arg);
    view.set(buf);
    return {
      read: arg.length,
      written: buf.length
    };
  };
}
let WASM_VECTOR_LEN = 0;
let wasm$1;
function __wbg_set_wasm(val) {
  wasm$1 = val;
}
URL = globalThis.URL;
const __vite__wasmModule = await __vite__initWasm({ "./polyglot_sql_wasm_bg.js": {
  "__wbindgen_object_drop_ref": __wbindgen_object_drop_ref,
  "__wbindgen_object_clone_ref": __wbindgen_object_clone_ref,
  "__wbg_new_8a6f238a6ece86ea": __wbg_new_8a6f238a6ece86ea,
  "__wbg_stack_0ed75d68575b0f3c": __wbg_stack_0ed75d68575b0f3c,
  "__wbg_error_7534b8e9a36f1ab4": __wbg_error_7534b8e9a36f1ab4,
  "__wbg_set_3f1d0b984ed272ed": __wbg_set_3f1d0b984ed272ed,
  "__wbg_get_with_ref_key_1dc361bd10053bfe": __wbg_get_with_ref_key_1dc361bd10053bfe,
  "__wbg_String_8f0eb39a4a4c2f66": __wbg_String_8f0eb39a4a4c2f66,
  "__wbg_new_3eb36ae241fe6f44": __wbg_new_3eb36ae241fe6f44,
  "__wbg_get_9b94d73e6221f75c": __wbg_get_9b94d73e6221f75c,
  "__wbg_set_f43e577aea94465b": __wbg_set_f43e577aea94465b,
  "__wbg_isArray_d314bb98fcf08331": __wbg_isArray_d314bb98fcf08331,
  "__wbg_length_35a7bace40f36eac": __wbg_length_35a7bace40f36eac,
  "__wbg_call_389efe28435a9388": __wbg_call_389efe28435a9388,
  "__wbg_new_dca287b076112a51": __wbg_new_dca287b076112a51,
  "__wbg_set_1eb0999cf5d27fc8": __wbg_set_1eb0999cf5d27fc8,
  "__wbg_isSafeInteger_bfbc7332a9768d2a": __wbg_isSafeInteger_bfbc7332a9768d2a,
  "__wbg_next_3482f54c49e8af19": __wbg_next_3482f54c49e8af19,
  "__wbg_done_57b39ecd9addfe81": __wbg_done_57b39ecd9addfe81,
  "__wbg_value_0546255b415e96c1": __wbg_value_0546255b415e96c1,
  "__wbg_entries_58c7934c745daac7": __wbg_entries_58c7934c745daac7,
  "__wbg_new_361308b2356cecd0": __wbg_new_361308b2356cecd0,
  "__wbg_fromCodePoint_22365db7b7d6ac39": __wbg_fromCodePoint_22365db7b7d6ac39,
  "__wbg_iterator_6ff6560ca1568e55": __wbg_iterator_6ff6560ca1568e55,
  "__wbg_prototypesetcall_bdcdcc5842e4d77d": __wbg_prototypesetcall_bdcdcc5842e4d77d,
  "__wbg_new_dd2b680c8bf6ae29": __wbg_new_dd2b680c8bf6ae29,
  "__wbg_length_32ed9a279acd054c": __wbg_length_32ed9a279acd054c,
  "__wbg_next_418f80d8f5303233": __wbg_next_418f80d8f5303233,
  "__wbg_get_b3ed3ad4be2bc8ac": __wbg_get_b3ed3ad4be2bc8ac,
  "__wbg_instanceof_Map_53af74335dec57f4": __wbg_instanceof_Map_53af74335dec57f4,
  "__wbg_instanceof_Uint8Array_9b9075935c74707c": __wbg_instanceof_Uint8Array_9b9075935c74707c,
  "__wbg_instanceof_ArrayBuffer_c367199e2fa2aa04": __wbg_instanceof_ArrayBuffer_c367199e2fa2aa04,
  "__wbg___wbindgen_in_47fa6863be6f2f25": __wbg___wbindgen_in_47fa6863be6f2f25,
  "__wbg___wbindgen_throw_be289d5034ed271b": __wbg___wbindgen_throw_be289d5034ed271b,
  "__wbg___wbindgen_jsval_eq_11888390b0186270": __wbg___wbindgen_jsval_eq_11888390b0186270,
  "__wbg_Number_04624de7d0e8332d": __wbg_Number_04624de7d0e8332d,
  "__wbg_Error_8c4e43fe74559d73": __wbg_Error_8c4e43fe74559d73,
  "__wbg___wbindgen_is_bigint_31b12575b56f32fc": __wbg___wbindgen_is_bigint_31b12575b56f32fc,
  "__wbg___wbindgen_is_object_5ae8e5880f2c1fbd": __wbg___wbindgen_is_object_5ae8e5880f2c1fbd,
  "__wbg___wbindgen_is_string_cd444516edc5b180": __wbg___wbindgen_is_string_cd444516edc5b180,
  "__wbg___wbindgen_number_get_8ff4255516ccad3e": __wbg___wbindgen_number_get_8ff4255516ccad3e,
  "__wbg___wbindgen_string_get_72fb696202c56729": __wbg___wbindgen_string_get_72fb696202c56729,
  "__wbg___wbindgen_boolean_get_bbbb1c18aa2f5e25": __wbg___wbindgen_boolean_get_bbbb1c18aa2f5e25,
  "__wbg___wbindgen_is_function_0095a73b8b156f76": __wbg___wbindgen_is_function_0095a73b8b156f76,
  "__wbg___wbindgen_is_undefined_9e4d92534c42d778": __wbg___wbindgen_is_undefined_9e4d92534c42d778,
  "__wbg___wbindgen_jsval_loose_eq_9dd77d8cd6671811": __wbg___wbindgen_jsval_loose_eq_9dd77d8cd6671811,
  "__wbg___wbindgen_bigint_get_as_i64_8fcf4ce7f1ca72a2": __wbg___wbindgen_bigint_get_as_i64_8fcf4ce7f1ca72a2,
  "__wbg___wbindgen_debug_string_0bc8482c6e3508ae": __wbg___wbindgen_debug_string_0bc8482c6e3508ae,
  "__wbindgen_cast_0000000000000001": __wbindgen_cast_0000000000000001,
  "__wbindgen_cast_0000000000000002": __wbindgen_cast_0000000000000002,
  "__wbindgen_cast_0000000000000003": __wbindgen_cast_0000000000000003,
  "__wbindgen_cast_0000000000000004": __wbindgen_cast_0000000000000004
} }, __vite__wasmUrl);
const memory = __vite__wasmModule.memory;
const analyze_query = __vite__wasmModule.analyze_query;
const analyze_query_value = __vite__wasmModule.analyze_query_value;
const annotate_types = __vite__wasmModule.annotate_types;
const annotate_types_value = __vite__wasmModule.annotate_types_value;
const ast_add_where = __vite__wasmModule.ast_add_where;
const ast_get_aggregate_functions = __vite__wasmModule.ast_get_aggregate_functions;
const ast_get_column_names = __vite__wasmModule.ast_get_column_names;
const ast_get_functions = __vite__wasmModule.ast_get_functions;
const ast_get_literals = __vite__wasmModule.ast_get_literals;
const ast_get_subqueries = __vite__wasmModule.ast_get_subqueries;
const ast_get_table_names = __vite__wasmModule.ast_get_table_names;
const ast_get_tables = __vite__wasmModule.ast_get_tables;
const ast_get_window_functions = __vite__wasmModule.ast_get_window_functions;
const ast_node_count = __vite__wasmModule.ast_node_count;
const ast_qualify_columns = __vite__wasmModule.ast_qualify_columns;
const ast_qualify_tables = __vite__wasmModule.ast_qualify_tables;
const ast_remove_where = __vite__wasmModule.ast_remove_where;
const ast_rename_columns = __vite__wasmModule.ast_rename_columns;
const ast_rename_tables = __vite__wasmModule.ast_rename_tables;
const ast_rename_tables_with_options = __vite__wasmModule.ast_rename_tables_with_options;
const ast_set_distinct = __vite__wasmModule.ast_set_distinct;
const ast_set_limit = __vite__wasmModule.ast_set_limit;
const ast_set_offset = __vite__wasmModule.ast_set_offset;
const ast_set_order_by = __vite__wasmModule.ast_set_order_by;
const diff_sql = __vite__wasmModule.diff_sql;
const format_sql = __vite__wasmModule.format_sql;
const format_sql_value = __vite__wasmModule.format_sql_value;
const format_sql_with_options = __vite__wasmModule.format_sql_with_options;
const format_sql_with_options_value = __vite__wasmModule.format_sql_with_options_value;
const generate = __vite__wasmModule.generate;
const generate_data_type = __vite__wasmModule.generate_data_type;
const generate_data_type_value = __vite__wasmModule.generate_data_type_value;
const generate_value = __vite__wasmModule.generate_value;
const get_dialects = __vite__wasmModule.get_dialects;
const get_dialects_value = __vite__wasmModule.get_dialects_value;
const lineage_sql = __vite__wasmModule.lineage_sql;
const lineage_sql_at = __vite__wasmModule.lineage_sql_at;
const lineage_sql_at_with_schema = __vite__wasmModule.lineage_sql_at_with_schema;
const lineage_sql_with_schema = __vite__wasmModule.lineage_sql_with_schema;
const openlineage_column_lineage = __vite__wasmModule.openlineage_column_lineage;
const openlineage_job_event = __vite__wasmModule.openlineage_job_event;
const openlineage_run_event = __vite__wasmModule.openlineage_run_event;
const output_columns_sql = __vite__wasmModule.output_columns_sql;
const output_columns_sql_with_schema = __vite__wasmModule.output_columns_sql_with_schema;
const parse = __vite__wasmModule.parse;
const parse_data_type = __vite__wasmModule.parse_data_type;
const parse_data_type_value = __vite__wasmModule.parse_data_type_value;
const parse_value = __vite__wasmModule.parse_value;
const plan = __vite__wasmModule.plan;
const source_tables = __vite__wasmModule.source_tables;
const tokenize = __vite__wasmModule.tokenize;
const tokenize_value = __vite__wasmModule.tokenize_value;
const transpile = __vite__wasmModule.transpile;
const transpile_value = __vite__wasmModule.transpile_value;
const transpile_with_options = __vite__wasmModule.transpile_with_options;
const transpile_with_options_value = __vite__wasmModule.transpile_with_options_value;
const validate = __vite__wasmModule.validate;
const validate_with_options = __vite__wasmModule.validate_with_options;
const validate_with_schema = __vite__wasmModule.validate_with_schema;
const version = __vite__wasmModule.version;
const wasm_compat_build = __vite__wasmModule.wasm_compat_build;
const __wbindgen_export = __vite__wasmModule.__wbindgen_export;
const __wbindgen_export2 = __vite__wasmModule.__wbindgen_export2;
const __wbindgen_export3 = __vite__wasmModule.__wbindgen_export3;
const __wbindgen_export4 = __vite__wasmModule.__wbindgen_export4;
const __wbindgen_add_to_stack_pointer = __vite__wasmModule.__wbindgen_add_to_stack_pointer;
const wasm = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  __wbindgen_add_to_stack_pointer,
  __wbindgen_export,
  __wbindgen_export2,
  __wbindgen_export3,
  __wbindgen_export4,
  analyze_query,
  analyze_query_value,
  annotate_types,
  annotate_types_value,
  ast_add_where,
  ast_get_aggregate_functions,
  ast_get_column_names,
  ast_get_functions,
  ast_get_literals,
  ast_get_subqueries,
  ast_get_table_names,
  ast_get_tables,
  ast_get_window_functions,
  ast_node_count,
  ast_qualify_columns,
  ast_qualify_tables,
  ast_remove_where,
  ast_rename_columns,
  ast_rename_tables,
  ast_rename_tables_with_options,
  ast_set_distinct,
  ast_set_limit,
  ast_set_offset,
  ast_set_order_by,
  diff_sql,
  format_sql,
  format_sql_value,
  format_sql_with_options,
  format_sql_with_options_value,
  generate,
  generate_data_type,
  generate_data_type_value,
  generate_value,
  get_dialects,
  get_dialects_value,
  lineage_sql,
  lineage_sql_at,
  lineage_sql_at_with_schema,
  lineage_sql_with_schema,
  memory,
  openlineage_column_lineage,
  openlineage_job_event,
  openlineage_run_event,
  output_columns_sql,
  output_columns_sql_with_schema,
  parse,
  parse_data_type,
  parse_data_type_value,
  parse_value,
  plan,
  source_tables,
  tokenize,
  tokenize_value,
  transpile,
  transpile_value,
  transpile_with_options,
  transpile_with_options_value,
  validate,
  validate_with_options,
  validate_with_schema,
  version,
  wasm_compat_build
}, Symbol.toStringTag, { value: "Module" }));
__wbg_set_wasm(wasm);
const wasmModule = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  analyze_query: analyze_query$1,
  analyze_query_value: analyze_query_value$1,
  annotate_types: annotate_types$1,
  annotate_types_value: annotate_types_value$1,
  ast_add_where: ast_add_where$1,
  ast_get_aggregate_functions: ast_get_aggregate_functions$1,
  ast_get_column_names: ast_get_column_names$1,
  ast_get_functions: ast_get_functions$1,
  ast_get_literals: ast_get_literals$1,
  ast_get_subqueries: ast_get_subqueries$1,
  ast_get_table_names: ast_get_table_names$1,
  ast_get_tables: ast_get_tables$1,
  ast_get_window_functions: ast_get_window_functions$1,
  ast_node_count: ast_node_count$1,
  ast_qualify_columns: ast_qualify_columns$1,
  ast_qualify_tables: ast_qualify_tables$1,
  ast_remove_where: ast_remove_where$1,
  ast_rename_columns: ast_rename_columns$1,
  ast_rename_tables: ast_rename_tables$1,
  ast_rename_tables_with_options: ast_rename_tables_with_options$1,
  ast_set_distinct: ast_set_distinct$1,
  ast_set_limit: ast_set_limit$1,
  ast_set_offset: ast_set_offset$1,
  ast_set_order_by: ast_set_order_by$1,
  diff_sql: diff_sql$1,
  format_sql: format_sql$1,
  format_sql_value: format_sql_value$1,
  format_sql_with_options: format_sql_with_options$1,
  format_sql_with_options_value: format_sql_with_options_value$1,
  generate: generate$1,
  generate_data_type: generate_data_type$1,
  generate_data_type_value: generate_data_type_value$1,
  generate_value: generate_value$1,
  get_dialects: get_dialects$1,
  get_dialects_value: get_dialects_value$1,
  lineage_sql: lineage_sql$1,
  lineage_sql_at: lineage_sql_at$1,
  lineage_sql_at_with_schema: lineage_sql_at_with_schema$1,
  lineage_sql_with_schema: lineage_sql_with_schema$1,
  openlineage_column_lineage: openlineage_column_lineage$1,
  openlineage_job_event: openlineage_job_event$1,
  openlineage_run_event: openlineage_run_event$1,
  output_columns_sql: output_columns_sql$1,
  output_columns_sql_with_schema: output_columns_sql_with_schema$1,
  parse: parse$1,
  parse_data_type: parse_data_type$1,
  parse_data_type_value: parse_data_type_value$1,
  parse_value: parse_value$1,
  plan: plan$1,
  source_tables: source_tables$1,
  tokenize: tokenize$1,
  tokenize_value: tokenize_value$1,
  transpile: transpile$1,
  transpile_value: transpile_value$1,
  transpile_with_options: transpile_with_options$1,
  transpile_with_options_value: transpile_with_options_value$1,
  validate: validate$1,
  validate_with_options: validate_with_options$1,
  validate_with_schema: validate_with_schema$1,
  version: version$1,
  wasm_compat_build: wasm_compat_build$1
}, Symbol.toStringTag, { value: "Module" }));
class Expression {
  #plan;
  #readDialect;
  constructor(plan2, readDialect = "generic") {
    this.#plan = plan2;
    this.#readDialect = readDialect;
  }
  static fromNode(node, readDialect = "generic") {
    return new Expression({ base: node, operations: [] }, readDialect);
  }
  /** @internal */
  _planNode() {
    return this.#plan.operations.length === 0 ? this.#plan.base : { kind: "plan", plan: this.#plan };
  }
  /** Use this source dialect when parsing string fragments in the plan. */
  readDialect(dialect) {
    return new Expression(this.#plan, dialect || "generic");
  }
  build() {
    return wasm_compat_build$1(this.#request({ kind: "ast" }));
  }
  sql(dialect = "generic") {
    return wasm_compat_build$1(
      this.#request({ kind: "sql", dialect: dialect || "generic" })
    );
  }
  eq(other) {
    return this.#binary("eq", other);
  }
  neq(other) {
    return this.#binary("neq", other);
  }
  lt(other) {
    return this.#binary("lt", other);
  }
  lte(other) {
    return this.#binary("lte", other);
  }
  gt(other) {
    return this.#binary("gt", other);
  }
  gte(other) {
    return this.#binary("gte", other);
  }
  add(other) {
    return this.#binary("add", other);
  }
  sub(other) {
    return this.#binary("sub", other);
  }
  mul(other) {
    return this.#binary("mul", other);
  }
  div(other) {
    return this.#binary("div", other);
  }
  mod(other) {
    return this.#binary("mod", other);
  }
  is(other) {
    return this.#binary("is", other);
  }
  and_(other) {
    return this.#binary("and", other, true);
  }
  or_(other) {
    return this.#binary("or", other, true);
  }
  xor(other) {
    return this.#binary("xor", other, true);
  }
  like(other) {
    return this.#binary("like", other);
  }
  ilike(other) {
    return this.#binary("ilike", other);
  }
  rlike(other) {
    return this.#binary("rlike", other);
  }
  not_() {
    return this.#unary("not");
  }
  neg() {
    return this.#unary("neg");
  }
  isNull() {
    return this.#unary("is_null");
  }
  isNotNull() {
    return this.#unary("is_not_null");
  }
  as_(alias) {
    return this.#derive({ kind: "alias", expression: this._planNode(), alias });
  }
  cast(to) {
    return this.#derive({ kind: "cast", expression: this._planNode(), to });
  }
  asc() {
    return this.#derive({
      kind: "ordered",
      expression: this._planNode(),
      desc: false
    });
  }
  desc() {
    return this.#derive({
      kind: "ordered",
      expression: this._planNode(),
      desc: true
    });
  }
  between(low, high) {
    return this.#derive({
      kind: "between",
      expression: this._planNode(),
      low: nodeFor(low, false),
      high: nodeFor(high, false)
    });
  }
  isin(...values) {
    return this.#derive({
      kind: "in_list",
      expression: this._planNode(),
      values: values.map((value) => nodeFor(value, false)),
      negated: false
    });
  }
  notIn(...values) {
    return this.#derive({
      kind: "in_list",
      expression: this._planNode(),
      values: values.map((value) => nodeFor(value, false)),
      negated: true
    });
  }
  select(...values) {
    const [options, expressions] = listArguments(values);
    return this.#listOperation("select", expressions, options.append ?? true);
  }
  from_(source) {
    return this.#apply({ kind: "from", source: nodeFor(source, true) });
  }
  join(source, options = {}) {
    return this.#apply({
      kind: "join",
      source: nodeFor(source, true),
      on: options.on === void 0 ? null : nodeFor(options.on, true),
      join_type: options.joinType ?? "inner"
    });
  }
  where(...values) {
    const [options, expressions] = listArguments(values);
    return this.#listOperation("where", expressions, options.append ?? true);
  }
  groupBy(...values) {
    const [options, expressions] = listArguments(values);
    return this.#listOperation("group_by", expressions, options.append ?? true);
  }
  having(...values) {
    const [options, expressions] = listArguments(values);
    return this.#listOperation("having", expressions, options.append ?? true);
  }
  orderBy(...values) {
    const [options, expressions] = listArguments(values);
    return this.#listOperation("order_by", expressions, options.append ?? true);
  }
  sortBy(...values) {
    const [options, expressions] = listArguments(values);
    return this.#listOperation("sort_by", expressions, options.append ?? true);
  }
  qualify(...values) {
    const [options, expressions] = listArguments(values);
    return this.#listOperation("qualify", expressions, options.append ?? true);
  }
  lateralView(expression, options = {}) {
    return this.#apply({
      kind: "lateral_view",
      expression: nodeFor(expression, true),
      table_alias: options.tableAlias ?? null,
      column_aliases: options.columnAliases ?? [],
      outer: options.outer ?? false
    });
  }
  window(name, options = {}) {
    return this.#apply({
      kind: "window",
      name,
      partition_by: (options.partitionBy ?? []).map(
        (value) => nodeFor(value, true)
      ),
      order_by: (options.orderBy ?? []).map((value) => nodeFor(value, true))
    });
  }
  forUpdate() {
    return this.#apply({ kind: "lock", lock_type: "update" });
  }
  forShare() {
    return this.#apply({ kind: "lock", lock_type: "share" });
  }
  hint(text) {
    return this.#apply({ kind: "hint", text });
  }
  ctas(table, options = {}) {
    return this.#apply({
      kind: "ctas",
      table,
      replace: options.replace ?? false,
      temporary: options.temporary ?? false
    });
  }
  limit(expression) {
    return this.#apply({
      kind: "limit",
      expression: nodeFor(expression, false)
    });
  }
  offset(expression) {
    return this.#apply({
      kind: "offset",
      expression: nodeFor(expression, false)
    });
  }
  distinct(enabled = true) {
    return this.#apply({ kind: "distinct", enabled });
  }
  subquery(alias) {
    return this.#apply({ kind: "subquery", alias: alias ?? null });
  }
  union(other, distinct = true) {
    return this.#apply({ kind: "union", other: other._planNode(), distinct });
  }
  intersect(other, distinct = true) {
    return this.#apply({
      kind: "intersect",
      other: other._planNode(),
      distinct
    });
  }
  except_(other, distinct = true) {
    return this.#apply({ kind: "except", other: other._planNode(), distinct });
  }
  when(condition2, result) {
    return this.#apply({
      kind: "when",
      condition: nodeFor(condition2, true),
      result: nodeFor(result, true)
    });
  }
  else_(result) {
    return this.#apply({ kind: "else", result: nodeFor(result, true) });
  }
  set_(assignments) {
    return this.#apply({
      kind: "set",
      assignments: assignmentNodes(assignments)
    });
  }
  insertColumns(columns) {
    return this.#apply({ kind: "insert_columns", columns });
  }
  values(...rows) {
    return this.#apply({
      kind: "values",
      rows: rows.map((row) => row.map((value) => nodeFor(value, false))),
      append: true
    });
  }
  query(query) {
    return this.#apply({ kind: "query", query: query._planNode() });
  }
  mergeUsing(source, on) {
    return this.#apply({
      kind: "merge_using",
      source: nodeFor(source, true),
      on: nodeFor(on, true)
    });
  }
  whenMatchedUpdate(assignments, condition2) {
    return this.#apply({
      kind: "when_matched_update",
      assignments: assignmentNodes(assignments),
      condition: condition2 === void 0 ? null : nodeFor(condition2, true)
    });
  }
  whenMatchedDelete(condition2) {
    return this.#apply({
      kind: "when_matched_delete",
      condition: condition2 === void 0 ? null : nodeFor(condition2, true)
    });
  }
  whenNotMatchedInsert(columns, values, condition2) {
    return this.#apply({
      kind: "when_not_matched_insert",
      columns,
      values: values.map((value) => nodeFor(value, false)),
      condition: condition2 === void 0 ? null : nodeFor(condition2, true)
    });
  }
  #binary(op, other, parseString = false) {
    return this.#derive({
      kind: "binary",
      op,
      left: this._planNode(),
      right: nodeFor(other, parseString)
    });
  }
  #unary(op) {
    return this.#derive({ kind: "unary", op, expression: this._planNode() });
  }
  #listOperation(kind, expressions, append = true) {
    return this.#apply({
      kind,
      expressions: expressions.map((value) => nodeFor(value, true)),
      append
    });
  }
  #apply(operation) {
    return new Expression(
      {
        base: this.#plan.base,
        operations: [...this.#plan.operations, operation]
      },
      this.#readDialect
    );
  }
  #derive(node) {
    return Expression.fromNode(node, this.#readDialect);
  }
  #request(output) {
    return {
      version: 1,
      read_dialect: this.#readDialect,
      plan: this.#plan,
      output
    };
  }
}
function sqlExpr(sql) {
  return Expression.fromNode({ kind: "sql", sql });
}
function column(name, table) {
  return Expression.fromNode({
    kind: "column",
    name: table ? `${table}.${name}` : name
  });
}
const col = column;
function table_(name) {
  return Expression.fromNode({ kind: "table", name });
}
function convert(value) {
  return Expression.fromNode(nodeFor(value, false));
}
const lit = convert;
function condition(value) {
  return Expression.fromNode(nodeFor(value, true));
}
function func(name, ...args) {
  return Expression.fromNode({
    kind: "function",
    name,
    args: args.map((value) => nodeFor(value, true))
  });
}
function builtin(functionName, ...args) {
  return Expression.fromNode({
    kind: "builtin",
    function: functionName,
    args: args.map((value) => nodeFor(value, true))
  });
}
const count = (expression) => builtin("count", expression);
const countStar = () => builtin("count_star");
const countDistinct = (expression) => builtin("count_distinct", expression);
const sum = (expression) => builtin("sum", expression);
const avg = (expression) => builtin("avg", expression);
const min = (expression) => builtin("min", expression);
const max = (expression) => builtin("max", expression);
const approxDistinct = (expression) => builtin("approx_distinct", expression);
const upper = (expression) => builtin("upper", expression);
const lower = (expression) => builtin("lower", expression);
const length = (expression) => builtin("length", expression);
const trim = (expression) => builtin("trim", expression);
const ltrim = (expression) => builtin("ltrim", expression);
const rtrim = (expression) => builtin("rtrim", expression);
const reverse = (expression) => builtin("reverse", expression);
const initcap = (expression) => builtin("initcap", expression);
const substring = (expression, start, length2) => length2 === void 0 ? builtin("substring", expression, start) : builtin("substring", expression, start, length2);
const replace = (expression, old, replacement) => builtin("replace", expression, old, replacement);
const concatWs = (separator, ...expressions) => builtin("concat_ws", separator, ...expressions);
const coalesce = (...expressions) => builtin("coalesce", ...expressions);
const nullIf = (left, right) => builtin("null_if", left, right);
const ifNull = (expression, fallback) => builtin("if_null", expression, fallback);
const abs = (expression) => builtin("abs", expression);
const round = (expression, decimals) => decimals === void 0 ? builtin("round", expression) : builtin("round", expression, decimals);
const floor = (expression) => builtin("floor", expression);
const ceil = (expression) => builtin("ceil", expression);
const power = (base, exponent) => builtin("power", base, exponent);
const sqrt = (expression) => builtin("sqrt", expression);
const ln = (expression) => builtin("ln", expression);
const exp = (expression) => builtin("exp", expression);
const sign = (expression) => builtin("sign", expression);
const greatest = (...expressions) => builtin("greatest", ...expressions);
const least = (...expressions) => builtin("least", ...expressions);
const currentDate = () => builtin("current_date");
const currentTime = () => builtin("current_time");
const currentTimestamp = () => builtin("current_timestamp");
const extract = (field, expression) => Expression.fromNode({
  kind: "extract",
  field,
  expression: nodeFor(expression, true)
});
const rowNumber = () => builtin("row_number");
const rank = () => builtin("rank");
const denseRank = () => builtin("dense_rank");
function select(...expressions) {
  return Expression.fromNode({
    kind: "select",
    expressions: expressions.map((value) => nodeFor(value, true))
  });
}
function from_(source) {
  return select().from_(source);
}
function caseBuilder(operand) {
  return Expression.fromNode({
    kind: "case",
    operand: operand === void 0 ? null : nodeFor(operand, true)
  });
}
function deleteBuilder(table, where) {
  return Expression.fromNode({
    kind: "delete",
    table,
    where_clause: where === void 0 ? null : nodeFor(where, true)
  });
}
function update(table, assignments = {}) {
  return Expression.fromNode({
    kind: "update",
    table,
    assignments: assignmentNodes(assignments),
    where_clause: null,
    from: null
  });
}
function insert(source, into, columns = []) {
  return Expression.fromNode({
    kind: "insert",
    into,
    expression: nodeFor(source, true),
    columns
  });
}
function insertInto(into) {
  return Expression.fromNode({
    kind: "insert",
    into,
    expression: null,
    columns: []
  });
}
function mergeInto(target) {
  return Expression.fromNode({ kind: "merge", target });
}
function and_(...expressions) {
  return combine("and", expressions);
}
function or_(...expressions) {
  return combine("or", expressions);
}
function not_(expression) {
  return condition(expression).not_();
}
function alias_(expression, alias) {
  return condition(expression).as_(alias);
}
function union(left, right, distinct = true) {
  return left.union(right, distinct);
}
function intersect(left, right, distinct = true) {
  return left.intersect(right, distinct);
}
function except_(left, right, distinct = true) {
  return left.except_(right, distinct);
}
function nodeFor(value, parseString) {
  if (value instanceof Expression) {
    return expressionNode(value);
  }
  if (typeof value === "string") {
    return parseString ? { kind: "sql", sql: value } : { kind: "literal", value: { kind: "string", value } };
  }
  if (value === null) return { kind: "literal", value: { kind: "null" } };
  if (typeof value === "boolean")
    return { kind: "literal", value: { kind: "bool", value } };
  if (typeof value === "number") {
    return Number.isInteger(value) ? { kind: "literal", value: { kind: "integer", value } } : { kind: "literal", value: { kind: "float", value } };
  }
  throw new TypeError(`Unsupported builder input: ${String(value)}`);
}
function listArguments(values) {
  const first = values[0];
  if (typeof first === "object" && first !== null && !(first instanceof Expression)) {
    return [first, values.slice(1)];
  }
  return [{}, values];
}
function expressionNode(expression) {
  return expression._planNode();
}
function assignmentNodes(values) {
  return Object.entries(values).map(([column2, value]) => ({
    column: column2,
    value: nodeFor(value, false)
  }));
}
function combine(op, values) {
  if (values.length === 0)
    throw new TypeError(`${op.toUpperCase()} requires at least one expression`);
  return values.slice(1).reduce(
    (left, right) => Expression.fromNode({
      kind: "binary",
      op,
      left: expressionNode(left),
      right: nodeFor(right, true)
    }),
    condition(values[0])
  );
}
const compat2 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  Expression,
  abs,
  alias_,
  and_,
  approxDistinct,
  avg,
  case: caseBuilder,
  ceil,
  coalesce,
  col,
  column,
  concatWs,
  condition,
  convert,
  count,
  countDistinct,
  countStar,
  currentDate,
  currentTime,
  currentTimestamp,
  delete: deleteBuilder,
  denseRank,
  except_,
  exp,
  extract,
  floor,
  from_,
  func,
  greatest,
  ifNull,
  initcap,
  insert,
  insertInto,
  intersect,
  least,
  length,
  lit,
  ln,
  lower,
  ltrim,
  max,
  mergeInto,
  min,
  not_,
  nullIf,
  or_,
  power,
  rank,
  replace,
  reverse,
  round,
  rowNumber,
  rtrim,
  select,
  sign,
  sqlExpr,
  sqrt,
  substring,
  sum,
  table_,
  trim,
  union,
  update,
  upper
}, Symbol.toStringTag, { value: "Module" }));
export {
  min as $,
  table_ as A,
  update as B,
  abs as C,
  and_ as D,
  avg as E,
  lit as F,
  ceil as G,
  coalesce as H,
  col as I,
  concatWs as J,
  countStar as K,
  count as L,
  countDistinct as M,
  denseRank as N,
  exp as O,
  extract as P,
  floor as Q,
  func as R,
  greatest as S,
  ifNull as T,
  initcap as U,
  least as V,
  length as W,
  ln as X,
  lower as Y,
  ltrim as Z,
  max as _,
  ast_add_where$1 as a,
  not_ as a0,
  nullIf as a1,
  or_ as a2,
  power as a3,
  rank as a4,
  replace as a5,
  reverse as a6,
  round as a7,
  rowNumber as a8,
  rtrim as a9,
  convert as aA,
  currentDate as aB,
  currentTime as aC,
  currentTimestamp as aD,
  except_ as aE,
  from_ as aF,
  insert as aG,
  intersect as aH,
  union as aI,
  sign as aa,
  sqlExpr as ab,
  sqrt as ac,
  substring as ad,
  sum as ae,
  trim as af,
  upper as ag,
  diff_sql$1 as ah,
  source_tables$1 as ai,
  output_columns_sql_with_schema$1 as aj,
  output_columns_sql$1 as ak,
  lineage_sql_with_schema$1 as al,
  lineage_sql_at_with_schema$1 as am,
  lineage_sql_at$1 as an,
  lineage_sql$1 as ao,
  openlineage_run_event$1 as ap,
  openlineage_job_event$1 as aq,
  openlineage_column_lineage$1 as ar,
  plan$1 as as,
  validate_with_schema$1 as at,
  wasmModule as au,
  compat2 as av,
  Expression as aw,
  alias_ as ax,
  approxDistinct as ay,
  column as az,
  ast_qualify_columns$1 as b,
  ast_qualify_tables$1 as c,
  ast_remove_where$1 as d,
  ast_rename_columns$1 as e,
  ast_rename_tables_with_options$1 as f,
  ast_rename_tables$1 as g,
  ast_set_distinct$1 as h,
  ast_set_limit$1 as i,
  ast_set_offset$1 as j,
  ast_set_order_by$1 as k,
  ast_get_aggregate_functions$1 as l,
  ast_get_column_names$1 as m,
  ast_get_functions$1 as n,
  ast_get_literals$1 as o,
  ast_get_subqueries$1 as p,
  ast_get_table_names$1 as q,
  ast_get_tables$1 as r,
  ast_get_window_functions$1 as s,
  ast_node_count$1 as t,
  caseBuilder as u,
  deleteBuilder as v,
  insertInto as w,
  mergeInto as x,
  select as y,
  condition as z
};
