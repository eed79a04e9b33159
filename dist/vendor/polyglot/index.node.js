import { a as ast_add_where, b as ast_qualify_columns, c as ast_qualify_tables, d as ast_remove_where, e as ast_rename_columns, f as ast_rename_tables_with_options, g as ast_rename_tables, h as ast_set_distinct, i as ast_set_limit, j as ast_set_offset, k as ast_set_order_by, l as ast_get_aggregate_functions, m as ast_get_column_names, n as ast_get_functions, o as ast_get_literals, p as ast_get_subqueries, q as ast_get_table_names, r as ast_get_tables, s as ast_get_window_functions, t as ast_node_count, u as caseBuilder, v as deleteBuilder, w as insertInto$1, x as mergeInto$1, y as select$1, z as condition$1, A as table_, B as update$1, C as abs$1, D as and_, E as avg$1, F as lit$1, G as ceil$1, H as coalesce$1, I as col$1, J as concatWs$1, K as countStar, L as count$1, M as countDistinct$1, N as denseRank$1, O as exp$1, P as extract$1, Q as floor$1, R as func$1, S as greatest$1, T as ifNull$1, U as initcap$1, V as least$1, W as length$1, X as ln$1, Y as lower$1, Z as ltrim$1, _ as max$1, $ as min$1, a0 as not_, a1 as nullIf$1, a2 as or_, a3 as power$1, a4 as rank$1, a5 as replace$1, a6 as reverse$1, a7 as round$1, a8 as rowNumber$1, a9 as rtrim$1, aa as sign$1, ab as sqlExpr$1, ac as sqrt$1, ad as substring$1, ae as sum$1, af as trim$1, ag as upper$1, ah as diff_sql, ai as source_tables, aj as output_columns_sql_with_schema, ak as output_columns_sql, al as lineage_sql_with_schema, am as lineage_sql_at_with_schema, an as lineage_sql_at, ao as lineage_sql, ap as openlineage_run_event, aq as openlineage_job_event, ar as openlineage_column_lineage, as as plan$1, at as validate_with_schema, au as wasmModule, av as compat2 } from "./compat-M7hMdTpP.js";
const EXPRESSION_VARIANT_NAMES = [
  "literal",
  "boolean",
  "null",
  "identifier",
  "column",
  "table",
  "star",
  "braced_wildcard",
  "select",
  "union",
  "intersect",
  "except",
  "subquery",
  "pipe_operator",
  "pivot",
  "pivot_alias",
  "unpivot",
  "values",
  "pre_where",
  "stream",
  "using_data",
  "xml_namespace",
  "insert",
  "update",
  "delete",
  "copy",
  "put",
  "stage_reference",
  "try_catch",
  "alias",
  "cast",
  "collation",
  "case",
  "and",
  "or",
  "add",
  "sub",
  "mul",
  "div",
  "mod",
  "eq",
  "neq",
  "lt",
  "lte",
  "gt",
  "gte",
  "like",
  "i_like",
  "match",
  "bitwise_and",
  "bitwise_or",
  "bitwise_xor",
  "concat",
  "adjacent",
  "ts_match",
  "property_e_q",
  "array_contains_all",
  "array_contained_by",
  "array_overlaps",
  "j_s_o_n_b_contains_all_top_keys",
  "j_s_o_n_b_contains_any_top_keys",
  "j_s_o_n_b_delete_at_path",
  "extends_left",
  "extends_right",
  "not",
  "neg",
  "bitwise_not",
  "in",
  "between",
  "is_null",
  "is_true",
  "is_false",
  "is_json",
  "is",
  "exists",
  "member_of",
  "function",
  "aggregate_function",
  "window_function",
  "from",
  "join",
  "joined_table",
  "where",
  "group_by",
  "having",
  "order_by",
  "limit",
  "offset",
  "qualify",
  "with",
  "cte",
  "distribute_by",
  "cluster_by",
  "sort_by",
  "lateral_view",
  "hint",
  "pseudocolumn",
  "connect",
  "prior",
  "connect_by_root",
  "match_recognize",
  "ordered",
  "window",
  "over",
  "within_group",
  "data_type",
  "array",
  "struct",
  "tuple",
  "interval",
  "concat_ws",
  "substring",
  "upper",
  "lower",
  "length",
  "trim",
  "l_trim",
  "r_trim",
  "replace",
  "reverse",
  "left",
  "right",
  "repeat",
  "lpad",
  "rpad",
  "split",
  "regexp_like",
  "regexp_replace",
  "regexp_extract",
  "overlay",
  "abs",
  "round",
  "floor",
  "ceil",
  "power",
  "sqrt",
  "cbrt",
  "ln",
  "log",
  "exp",
  "sign",
  "greatest",
  "least",
  "current_date",
  "current_time",
  "current_timestamp",
  "current_timestamp_l_t_z",
  "at_time_zone",
  "date_add",
  "date_sub",
  "date_diff",
  "date_trunc",
  "extract",
  "to_date",
  "to_timestamp",
  "date",
  "time",
  "date_from_unix_date",
  "unix_date",
  "unix_seconds",
  "unix_millis",
  "unix_micros",
  "unix_to_time_str",
  "time_str_to_date",
  "date_to_di",
  "di_to_date",
  "ts_or_di_to_di",
  "ts_or_ds_to_datetime",
  "ts_or_ds_to_timestamp",
  "year_of_week",
  "year_of_week_iso",
  "coalesce",
  "null_if",
  "if_func",
  "if_null",
  "nvl",
  "nvl2",
  "try_cast",
  "safe_cast",
  "count",
  "sum",
  "avg",
  "min",
  "max",
  "group_concat",
  "string_agg",
  "list_agg",
  "array_agg",
  "count_if",
  "sum_if",
  "stddev",
  "stddev_pop",
  "stddev_samp",
  "variance",
  "var_pop",
  "var_samp",
  "median",
  "mode",
  "first",
  "last",
  "any_value",
  "approx_distinct",
  "approx_count_distinct",
  "approx_percentile",
  "percentile",
  "logical_and",
  "logical_or",
  "skewness",
  "bitwise_count",
  "array_concat_agg",
  "array_unique_agg",
  "bool_xor_agg",
  "row_number",
  "rank",
  "dense_rank",
  "n_tile",
  "lead",
  "lag",
  "first_value",
  "last_value",
  "nth_value",
  "percent_rank",
  "cume_dist",
  "percentile_cont",
  "percentile_disc",
  "contains",
  "starts_with",
  "ends_with",
  "position",
  "initcap",
  "ascii",
  "chr",
  "char_func",
  "soundex",
  "levenshtein",
  "byte_length",
  "hex",
  "lower_hex",
  "unicode",
  "mod_func",
  "random",
  "rand",
  "trunc_func",
  "pi",
  "radians",
  "degrees",
  "sin",
  "cos",
  "tan",
  "asin",
  "acos",
  "atan",
  "atan2",
  "is_nan",
  "is_inf",
  "int_div",
  "decode",
  "date_format",
  "format_date",
  "year",
  "month",
  "day",
  "hour",
  "minute",
  "second",
  "day_of_week",
  "day_of_week_iso",
  "day_of_month",
  "day_of_year",
  "week_of_year",
  "quarter",
  "add_months",
  "months_between",
  "last_day",
  "next_day",
  "epoch",
  "epoch_ms",
  "from_unixtime",
  "unix_timestamp",
  "make_date",
  "make_timestamp",
  "timestamp_trunc",
  "time_str_to_unix",
  "session_user",
  "s_h_a",
  "s_h_a1_digest",
  "time_to_unix",
  "array_func",
  "array_length",
  "array_size",
  "cardinality",
  "array_contains",
  "array_position",
  "array_append",
  "array_prepend",
  "array_concat",
  "array_sort",
  "array_reverse",
  "array_distinct",
  "array_join",
  "array_to_string",
  "unnest",
  "explode",
  "explode_outer",
  "array_filter",
  "array_transform",
  "array_flatten",
  "array_compact",
  "array_intersect",
  "array_union",
  "array_except",
  "array_remove",
  "array_zip",
  "sequence",
  "generate",
  "exploding_generate_series",
  "to_array",
  "star_map",
  "struct_func",
  "struct_extract",
  "named_struct",
  "map_func",
  "map_from_entries",
  "map_from_arrays",
  "map_keys",
  "map_values",
  "map_contains_key",
  "map_concat",
  "element_at",
  "transform_keys",
  "transform_values",
  "function_emits",
  "json_extract",
  "json_extract_scalar",
  "json_extract_path",
  "json_array",
  "json_object",
  "json_query",
  "json_value",
  "json_array_length",
  "json_keys",
  "json_type",
  "parse_json",
  "to_json",
  "json_set",
  "json_insert",
  "json_remove",
  "json_merge_patch",
  "json_array_agg",
  "json_object_agg",
  "convert",
  "typeof",
  "lambda",
  "parameter",
  "placeholder",
  "named_argument",
  "table_argument",
  "sql_comment",
  "null_safe_eq",
  "null_safe_neq",
  "glob",
  "similar_to",
  "any",
  "all",
  "overlaps",
  "bitwise_left_shift",
  "bitwise_right_shift",
  "bitwise_and_agg",
  "bitwise_or_agg",
  "bitwise_xor_agg",
  "subscript",
  "dot",
  "method_call",
  "array_slice",
  "create_table",
  "drop_table",
  "undrop",
  "alter_table",
  "split_table",
  "flashback_table",
  "create_index",
  "drop_index",
  "create_view",
  "drop_view",
  "alter_view",
  "alter_index",
  "truncate",
  "use",
  "cache",
  "uncache",
  "load_data",
  "pragma",
  "grant",
  "revoke",
  "comment",
  "set_statement",
  "create_schema",
  "drop_schema",
  "drop_namespace",
  "create_database",
  "drop_database",
  "create_function",
  "drop_function",
  "create_procedure",
  "drop_procedure",
  "create_sequence",
  "create_synonym",
  "drop_sequence",
  "alter_sequence",
  "create_trigger",
  "drop_trigger",
  "create_type",
  "drop_type",
  "describe",
  "show",
  "command",
  "kill",
  "prepare",
  "execute",
  "create_task",
  "raw",
  "paren",
  "annotated",
  "refresh",
  "locking_statement",
  "sequence_properties",
  "truncate_table",
  "clone",
  "attach",
  "detach",
  "install",
  "summarize",
  "declare",
  "declare_item",
  "set",
  "heredoc",
  "set_item",
  "query_band",
  "user_defined_function",
  "recursive_with_search",
  "projection_def",
  "table_alias",
  "byte_string",
  "hex_string_expr",
  "unicode_string",
  "column_position",
  "column_def",
  "alter_column",
  "alter_sort_key",
  "alter_set",
  "rename_column",
  "comprehension",
  "merge_tree_t_t_l_action",
  "merge_tree_t_t_l",
  "index_constraint_option",
  "column_constraint",
  "period_for_system_time_constraint",
  "case_specific_column_constraint",
  "character_set_column_constraint",
  "check_column_constraint",
  "assume_column_constraint",
  "compress_column_constraint",
  "date_format_column_constraint",
  "ephemeral_column_constraint",
  "with_operator",
  "generated_as_identity_column_constraint",
  "auto_increment_column_constraint",
  "comment_column_constraint",
  "generated_as_row_column_constraint",
  "index_column_constraint",
  "masking_policy_column_constraint",
  "not_null_column_constraint",
  "primary_key_column_constraint",
  "unique_column_constraint",
  "watermark_column_constraint",
  "computed_column_constraint",
  "in_out_column_constraint",
  "default_column_constraint",
  "path_column_constraint",
  "constraint",
  "export",
  "filter",
  "changes",
  "copy_parameter",
  "credentials",
  "directory",
  "foreign_key",
  "column_prefix",
  "primary_key",
  "into_clause",
  "join_hint",
  "opclass",
  "index",
  "index_parameters",
  "conditional_insert",
  "multitable_inserts",
  "on_conflict",
  "on_condition",
  "returning",
  "introducer",
  "partition_range",
  "fetch",
  "group",
  "cube",
  "rollup",
  "grouping_sets",
  "limit_options",
  "lateral",
  "table_from_rows",
  "rows_from",
  "match_recognize_measure",
  "with_fill",
  "property",
  "grant_privilege",
  "grant_principal",
  "allowed_values_property",
  "algorithm_property",
  "auto_increment_property",
  "auto_refresh_property",
  "backup_property",
  "build_property",
  "block_compression_property",
  "character_set_property",
  "checksum_property",
  "collate_property",
  "data_blocksize_property",
  "data_deletion_property",
  "definer_property",
  "dist_key_property",
  "distributed_by_property",
  "dist_style_property",
  "duplicate_key_property",
  "engine_property",
  "to_table_property",
  "execute_as_property",
  "external_property",
  "fallback_property",
  "file_format_property",
  "credentials_property",
  "freespace_property",
  "inherits_property",
  "input_model_property",
  "output_model_property",
  "isolated_loading_property",
  "journal_property",
  "language_property",
  "enviroment_property",
  "clustered_by_property",
  "dict_property",
  "dict_range",
  "on_cluster",
  "like_property",
  "location_property",
  "lock_property",
  "locking_property",
  "log_property",
  "materialized_property",
  "merge_block_ratio_property",
  "on_property",
  "on_commit_property",
  "partitioned_by_property",
  "partition_by_property",
  "partitioned_by_bucket",
  "cluster_by_columns_property",
  "partition_by_truncate",
  "partition_by_range_property",
  "partition_by_range_property_dynamic",
  "partition_by_list_property",
  "partition_list",
  "partition",
  "refresh_trigger_property",
  "unique_key_property",
  "rollup_property",
  "partition_bound_spec",
  "partitioned_of_property",
  "remote_with_connection_model_property",
  "returns_property",
  "row_format_property",
  "row_format_delimited_property",
  "row_format_serde_property",
  "query_transform",
  "sample_property",
  "security_property",
  "schema_comment_property",
  "semantic_view",
  "serde_properties",
  "set_property",
  "sharing_property",
  "set_config_property",
  "settings_property",
  "sort_key_property",
  "sql_read_write_property",
  "sql_security_property",
  "stability_property",
  "storage_handler_property",
  "temporary_property",
  "tags",
  "transform_model_property",
  "transient_property",
  "using_template_property",
  "view_attribute_property",
  "volatile_property",
  "with_data_property",
  "with_journal_table_property",
  "with_schema_binding_property",
  "with_system_versioning_property",
  "with_procedure_options",
  "encode_property",
  "include_property",
  "properties",
  "options_property",
  "input_output_format",
  "reference",
  "query_option",
  "with_table_hint",
  "index_table_hint",
  "historical_data",
  "get",
  "set_operation",
  "var",
  "variadic",
  "version",
  "schema",
  "lock",
  "table_sample",
  "tag",
  "unpivot_columns",
  "window_spec",
  "session_parameter",
  "pseudo_type",
  "object_identifier",
  "transaction",
  "commit",
  "rollback",
  "alter_session",
  "analyze",
  "analyze_statistics",
  "analyze_histogram",
  "analyze_sample",
  "analyze_list_chained_rows",
  "analyze_delete",
  "analyze_with",
  "analyze_validate",
  "add_partition",
  "attach_option",
  "drop_partition",
  "replace_partition",
  "d_pipe",
  "operator",
  "pivot_any",
  "aliases",
  "at_index",
  "from_time_zone",
  "format_phrase",
  "for_in",
  "time_unit",
  "interval_op",
  "interval_span",
  "having_max",
  "cosine_distance",
  "dot_product",
  "euclidean_distance",
  "manhattan_distance",
  "jarowinkler_similarity",
  "booland",
  "boolor",
  "parameterized_agg",
  "arg_max",
  "arg_min",
  "approx_top_k",
  "approx_top_k_accumulate",
  "approx_top_k_combine",
  "approx_top_k_estimate",
  "approx_top_sum",
  "approx_quantiles",
  "minhash",
  "farm_fingerprint",
  "float64",
  "transform",
  "translate",
  "grouping",
  "grouping_id",
  "anonymous",
  "anonymous_agg_func",
  "combined_agg_func",
  "combined_parameterized_agg",
  "hash_agg",
  "hll",
  "apply",
  "to_boolean",
  "list",
  "to_map",
  "pad",
  "to_char",
  "to_number",
  "to_double",
  "int64",
  "string_func",
  "to_decfloat",
  "try_to_decfloat",
  "to_file",
  "columns",
  "convert_to_charset",
  "convert_timezone",
  "generate_series",
  "a_i_agg",
  "a_i_classify",
  "array_all",
  "array_any",
  "array_construct_compact",
  "st_point",
  "st_distance",
  "string_to_array",
  "array_sum",
  "object_agg",
  "cast_to_str_type",
  "check_json",
  "check_xml",
  "translate_characters",
  "current_schemas",
  "current_datetime",
  "localtime",
  "localtimestamp",
  "systimestamp",
  "current_schema",
  "current_user",
  "utc_time",
  "utc_timestamp",
  "timestamp",
  "date_bin",
  "datetime",
  "datetime_add",
  "datetime_sub",
  "datetime_diff",
  "datetime_trunc",
  "dayname",
  "make_interval",
  "previous_day",
  "elt",
  "timestamp_add",
  "timestamp_sub",
  "timestamp_diff",
  "time_slice",
  "time_add",
  "time_sub",
  "time_diff",
  "time_trunc",
  "date_from_parts",
  "time_from_parts",
  "decode_case",
  "decrypt",
  "decrypt_raw",
  "encode",
  "encrypt",
  "encrypt_raw",
  "equal_null",
  "to_binary",
  "base64_decode_binary",
  "base64_decode_string",
  "base64_encode",
  "try_base64_decode_binary",
  "try_base64_decode_string",
  "gap_fill",
  "generate_date_array",
  "generate_timestamp_array",
  "get_extract",
  "getbit",
  "overflow_truncate_behavior",
  "hex_encode",
  "compress",
  "decompress_binary",
  "decompress_string",
  "xor",
  "nullif",
  "j_s_o_n",
  "j_s_o_n_path",
  "j_s_o_n_path_filter",
  "j_s_o_n_path_key",
  "j_s_o_n_path_recursive",
  "j_s_o_n_path_script",
  "j_s_o_n_path_slice",
  "j_s_o_n_path_selector",
  "j_s_o_n_path_subscript",
  "j_s_o_n_path_union",
  "format",
  "j_s_o_n_keys",
  "j_s_o_n_key_value",
  "j_s_o_n_keys_at_depth",
  "j_s_o_n_object",
  "j_s_o_n_object_agg",
  "j_s_o_n_b_object_agg",
  "j_s_o_n_array",
  "j_s_o_n_array_agg",
  "j_s_o_n_exists",
  "j_s_o_n_column_def",
  "j_s_o_n_schema",
  "j_s_o_n_set",
  "j_s_o_n_strip_nulls",
  "j_s_o_n_value",
  "j_s_o_n_value_array",
  "j_s_o_n_remove",
  "j_s_o_n_table",
  "j_s_o_n_type",
  "object_insert",
  "open_j_s_o_n_column_def",
  "open_j_s_o_n",
  "j_s_o_n_b_exists",
  "j_s_o_n_b_contains",
  "j_s_o_n_b_extract",
  "j_s_o_n_cast",
  "j_s_o_n_extract",
  "j_s_o_n_extract_quote",
  "j_s_o_n_extract_array",
  "j_s_o_n_extract_scalar",
  "j_s_o_n_b_extract_scalar",
  "j_s_o_n_format",
  "j_s_o_n_bool",
  "j_s_o_n_path_root",
  "j_s_o_n_array_append",
  "j_s_o_n_array_contains",
  "j_s_o_n_array_insert",
  "parse_j_s_o_n",
  "parse_url",
  "parse_ip",
  "parse_time",
  "parse_datetime",
  "map",
  "map_cat",
  "map_delete",
  "map_insert",
  "map_pick",
  "scope_resolution",
  "slice",
  "var_map",
  "match_against",
  "m_d5_digest",
  "m_d5_number_lower64",
  "m_d5_number_upper64",
  "monthname",
  "ntile",
  "normalize",
  "normal",
  "predict",
  "m_l_translate",
  "features_at_time",
  "generate_embedding",
  "m_l_forecast",
  "model_attribute",
  "vector_search",
  "quantile",
  "approx_quantile",
  "approx_percentile_estimate",
  "randn",
  "randstr",
  "range_n",
  "range_bucket",
  "read_c_s_v",
  "read_parquet",
  "reduce",
  "regexp_extract_all",
  "regexp_i_like",
  "regexp_full_match",
  "regexp_instr",
  "regexp_split",
  "regexp_count",
  "regr_valx",
  "regr_valy",
  "regr_avgy",
  "regr_avgx",
  "regr_count",
  "regr_intercept",
  "regr_r2",
  "regr_sxx",
  "regr_sxy",
  "regr_syy",
  "regr_slope",
  "safe_add",
  "safe_divide",
  "safe_multiply",
  "safe_subtract",
  "s_h_a2",
  "s_h_a2_digest",
  "sort_array",
  "split_part",
  "substring_index",
  "standard_hash",
  "str_position",
  "search",
  "search_ip",
  "str_to_date",
  "date_str_to_date",
  "date_to_date_str",
  "str_to_time",
  "str_to_unix",
  "str_to_map",
  "number_to_str",
  "from_base",
  "stuff",
  "time_to_str",
  "time_str_to_time",
  "ts_or_ds_add",
  "ts_or_ds_diff",
  "ts_or_ds_to_date",
  "ts_or_ds_to_time",
  "unhex",
  "uniform",
  "unix_to_str",
  "unix_to_time",
  "uuid",
  "timestamp_from_parts",
  "timestamp_tz_from_parts",
  "corr",
  "width_bucket",
  "covar_samp",
  "covar_pop",
  "week",
  "x_m_l_element",
  "x_m_l_get",
  "x_m_l_table",
  "x_m_l_key_value_option",
  "zipf",
  "merge",
  "when",
  "whens",
  "next_value_for",
  "return_stmt"
];
const expressionVariantNames = EXPRESSION_VARIANT_NAMES;
const expressionVariantNameSet = new Set(expressionVariantNames);
function getExprType(expr) {
  return Object.keys(expr)[0];
}
function getExprData(expr) {
  const key = Object.keys(expr)[0];
  return expr[key];
}
function isExpressionValue(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return false;
  }
  const keys = Object.keys(value);
  if (keys.length !== 1) return false;
  const key = keys[0];
  if (!expressionVariantNameSet.has(key)) return false;
  if (key === "data_type") {
    const payload = value[key];
    return typeof payload === "object" && payload !== null && !Array.isArray(payload);
  }
  return true;
}
function makeExpr(type, data) {
  return { [type]: data };
}
function getInferredType(expr) {
  const data = getExprData(expr);
  if (data && typeof data === "object" && "inferred_type" in data) {
    const it = data.inferred_type;
    if (it != null) {
      return it;
    }
  }
  if ("paren" in expr || "annotated" in expr) {
    const nestedExpression = getExprData(expr).this;
    if (isExpressionValue(nestedExpression)) {
      return getInferredType(nestedExpression);
    }
  }
  return void 0;
}
function isExpressionType(expr, type) {
  return type in expr;
}
function isType(type) {
  return (expr) => isExpressionType(expr, type);
}
const isSelect = isType("select");
const isInsert = isType("insert");
const isUpdate = isType("update");
const isDelete = isType("delete");
const isUnion = isType("union");
const isIntersect = isType("intersect");
const isExcept = isType("except");
const isSubquery = isType("subquery");
const isIdentifier = isType("identifier");
const isColumn = isType("column");
const isTable = isType("table");
const isStar = isType("star");
const isLiteral = isType("literal");
const isBoolean = isType("boolean");
const isNullLiteral = isType("null");
const isAnd = isType("and");
const isOr = isType("or");
const isNot = isType("not");
const isEq = isType("eq");
const isNeq = isType("neq");
const isLt = isType("lt");
const isLte = isType("lte");
const isGt = isType("gt");
const isGte = isType("gte");
const isLike = isType("like");
const isILike = isType("i_like");
const isAdd = isType("add");
const isSub = isType("sub");
const isMul = isType("mul");
const isDiv = isType("div");
const isMod = isType("mod");
const isConcat = isType("concat");
const isIn = isType("in");
const isBetween = isType("between");
const isIsNull = isType("is_null");
const isExists = isType("exists");
const isFunction = isType("function");
const isAggregateFunction = isType("aggregate_function");
const isWindowFunction = isType("window_function");
const isCount = isType("count");
const isSum = isType("sum");
const isAvg = isType("avg");
const isMin = isType("min");
const isMax = isType("max");
const isCoalesce = isType("coalesce");
const isNullIf = isType("null_if");
const isCast = isType("cast");
const isTryCast = isType("try_cast");
const isSafeCast = isType("safe_cast");
const isCase = isType("case");
const isFrom = isType("from");
const isJoin = isType("join");
const isWhere = isType("where");
const isGroupBy = isType("group_by");
const isHaving = isType("having");
const isOrderBy = isType("order_by");
const isLimit = isType("limit");
const isOffset = isType("offset");
const isWith = isType("with");
const isCte = isType("cte");
const isAlias = isType("alias");
const isParen = isType("paren");
const isOrdered = isType("ordered");
const isCreateTable = isType("create_table");
const isDropTable = isType("drop_table");
const isAlterTable = isType("alter_table");
const isCreateIndex = isType("create_index");
const isDropIndex = isType("drop_index");
const isCreateView = isType("create_view");
const isDropView = isType("drop_view");
function isQuery(expr) {
  const t = getExprType(expr);
  return t === "select" || t === "insert" || t === "update" || t === "delete";
}
function isSetOperation(expr) {
  const t = getExprType(expr);
  return t === "union" || t === "intersect" || t === "except";
}
function isComparison(expr) {
  const t = getExprType(expr);
  return t === "eq" || t === "neq" || t === "lt" || t === "lte" || t === "gt" || t === "gte" || t === "like" || t === "i_like";
}
function isArithmetic(expr) {
  const t = getExprType(expr);
  return t === "add" || t === "sub" || t === "mul" || t === "div" || t === "mod";
}
function isLogical(expr) {
  const t = getExprType(expr);
  return t === "and" || t === "or" || t === "not";
}
function isDDL(expr) {
  const t = getExprType(expr);
  return t === "create_table" || t === "drop_table" || t === "alter_table" || t === "create_index" || t === "drop_index" || t === "create_view" || t === "drop_view" || t === "create_schema" || t === "drop_schema" || t === "create_database" || t === "drop_database" || t === "create_function" || t === "drop_function" || t === "create_procedure" || t === "drop_procedure" || t === "create_sequence" || t === "drop_sequence" || t === "alter_sequence" || t === "create_trigger" || t === "drop_trigger" || t === "create_type" || t === "drop_type";
}
const removed = /* @__PURE__ */ Symbol("removed serialized AST value");
function processValue(value, location, options, removable) {
  if (value === null || value === void 0) return value;
  if (isExpressionValue(value)) {
    if (removable && options.removeArrayExpression?.(value, location) === true) {
      return removed;
    }
    return options.onExpression(value, location);
  }
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every(isExpressionValue) && location.index === null && options.onExpressionArray) {
      options.onExpressionArray(value, location);
      return value;
    }
    let changed = options.cloneContainers;
    const processed = [];
    value.forEach((item, index2) => {
      const nextLocation = { ...location, index: index2 };
      const nextValue = processValue(item, nextLocation, options, true);
      if (nextValue === removed) {
        changed = true;
        return;
      }
      processed.push(nextValue);
      if (nextValue !== item) changed = true;
    });
    return changed ? processed : value;
  }
  if (typeof value === "object") {
    const object = value;
    const processed = {};
    let changed = options.cloneContainers;
    for (const [field, fieldValue] of Object.entries(object)) {
      const nextValue = processValue(fieldValue, location, options, false);
      if (nextValue === removed) {
        processed[field] = fieldValue;
      } else {
        processed[field] = nextValue;
        if (nextValue !== fieldValue) changed = true;
      }
    }
    return changed ? processed : value;
  }
  return value;
}
function collectExpressionChildren(parent) {
  const children = [];
  const innerData = getExprData(parent);
  if (!innerData || typeof innerData !== "object") return children;
  for (const [key, value] of Object.entries(innerData)) {
    processValue(
      value,
      { parent, key, index: null },
      {
        cloneContainers: false,
        onExpression: (node, location) => {
          children.push({ key: location.key, value: node });
          return node;
        },
        onExpressionArray: (nodes, location) => {
          children.push({ key: location.key, value: nodes });
        }
      },
      false
    );
  }
  return children;
}
function visitExpressionChildren(parent, visitor) {
  const innerData = getExprData(parent);
  if (!innerData || typeof innerData !== "object") return;
  for (const [key, value] of Object.entries(innerData)) {
    processValue(
      value,
      { parent, key, index: null },
      {
        cloneContainers: false,
        onExpression: (node, location) => {
          visitor(node, location);
          return node;
        }
      },
      false
    );
  }
}
function mapExpressionChildren(parent, transform2, removeArrayExpression) {
  const innerData = getExprData(parent);
  if (innerData === null || typeof innerData !== "object") return innerData;
  const processed = {};
  for (const [key, value] of Object.entries(innerData)) {
    const nextValue = processValue(
      value,
      { parent, key, index: null },
      {
        cloneContainers: true,
        onExpression: transform2,
        removeArrayExpression
      },
      false
    );
    processed[key] = nextValue === removed ? value : nextValue;
  }
  return processed;
}
function exprToJson$1(node) {
  return JSON.stringify(node);
}
function parseAstResult(json) {
  const result = JSON.parse(json);
  return result.success ? JSON.parse(result.ast) : null;
}
function isQueryWithOuterClauses(node) {
  return ["select", "union", "intersect", "except"].includes(getExprType(node));
}
function applyLimitExpr(node, limit) {
  if (!isQueryWithOuterClauses(node)) {
    return node;
  }
  const type = getExprType(node);
  const data = getExprData(node);
  if (type === "select") {
    return makeExpr("select", {
      ...data,
      limit: { this: limit, percent: false, comments: [] }
    });
  }
  return makeExpr(type, {
    ...data,
    limit
  });
}
function applyOffsetExpr(node, offset) {
  if (!isQueryWithOuterClauses(node)) {
    return node;
  }
  const type = getExprType(node);
  const data = getExprData(node);
  if (type === "select") {
    return makeExpr("select", {
      ...data,
      offset: { this: offset, rows: null }
    });
  }
  return makeExpr(type, {
    ...data,
    offset
  });
}
function applyOrderBy(node, orderBy) {
  const type = getExprType(node);
  if (!isQueryWithOuterClauses(node)) {
    return node;
  }
  const expressions = orderBy.map((expression) => {
    if (isExpressionType(expression, "ordered")) {
      return getExprData(expression);
    }
    return {
      this: expression,
      desc: false,
      nulls_first: null,
      explicit_asc: false,
      with_fill: null
    };
  });
  return makeExpr(type, {
    ...getExprData(node),
    order_by: {
      expressions,
      siblings: false,
      comments: []
    }
  });
}
function transformNode(node, config, parent, key, index2) {
  let currentNode = node;
  if (config.enter) {
    const result = config.enter(currentNode, parent, key, index2);
    if (result === null) {
      return currentNode;
    }
    if (result !== void 0) {
      currentNode = result;
    }
  }
  const nodeType = getExprType(currentNode);
  const typeCallback = config[nodeType];
  if (typeCallback) {
    const result = typeCallback(currentNode, parent, key, index2);
    if (result === null) {
      return currentNode;
    }
    if (result !== void 0) {
      currentNode = result;
    }
  }
  const currentType = getExprType(currentNode);
  const newInnerData = mapExpressionChildren(
    currentNode,
    (child, location) => transformNode(child, config, location.parent, location.key, location.index)
  );
  const newNode = makeExpr(currentType, newInnerData);
  if (config.leave) {
    const result = config.leave(newNode, parent, key, index2);
    if (result !== void 0 && result !== null) {
      return result;
    }
  }
  return newNode;
}
function transform(node, config) {
  return transformNode(node, config, null, null, null);
}
function replaceNodes(node, predicate, replacement) {
  return transform(node, {
    enter: (n, parent) => {
      if (predicate(n, parent)) {
        return typeof replacement === "function" ? replacement(n) : replacement;
      }
      return void 0;
    }
  });
}
function replaceByType(node, type, replacement) {
  return replaceNodes(
    node,
    (n) => getExprType(n) === type,
    typeof replacement === "function" ? (n) => replacement(n) : replacement
  );
}
function renameColumns(node, mapping) {
  const result = parseAstResult(
    ast_rename_columns(exprToJson$1(node), JSON.stringify(mapping))
  );
  return result ?? node;
}
function renameTables(node, mapping, options) {
  const result = parseAstResult(
    options ? ast_rename_tables_with_options(
      exprToJson$1(node),
      JSON.stringify(mapping),
      JSON.stringify(options)
    ) : ast_rename_tables(exprToJson$1(node), JSON.stringify(mapping))
  );
  return result ?? node;
}
function qualifyColumns(node, tableName) {
  const result = parseAstResult(
    ast_qualify_columns(exprToJson$1(node), tableName)
  );
  return result ?? node;
}
function qualifyTables(node, options = {}) {
  const result = parseAstResult(
    ast_qualify_tables(exprToJson$1(node), JSON.stringify(options))
  );
  return result ?? node;
}
function addWhere(node, condition2, operator = "and") {
  const result = parseAstResult(
    ast_add_where(exprToJson$1(node), exprToJson$1(condition2), operator === "or")
  );
  return result ?? node;
}
function removeWhere(node) {
  const result = parseAstResult(ast_remove_where(exprToJson$1(node)));
  return result ?? node;
}
function addSelectColumns(node, ...columns) {
  if (!isExpressionType(node, "select")) {
    return node;
  }
  const selectData = getExprData(node);
  return makeExpr("select", {
    ...selectData,
    expressions: [...selectData.expressions, ...columns]
  });
}
function removeSelectColumns(node, predicate) {
  if (!isExpressionType(node, "select")) {
    return node;
  }
  const selectData = getExprData(node);
  return makeExpr("select", {
    ...selectData,
    expressions: selectData.expressions.filter((col2) => !predicate(col2))
  });
}
function setLimit(node, limit) {
  if (typeof limit === "number") {
    const result = parseAstResult(ast_set_limit(exprToJson$1(node), limit));
    return result ?? node;
  }
  return applyLimitExpr(node, limit);
}
function setOffset(node, offset) {
  if (typeof offset === "number") {
    const result = parseAstResult(ast_set_offset(exprToJson$1(node), offset));
    return result ?? node;
  }
  return applyOffsetExpr(node, offset);
}
function setOrderBy(node, orderBy) {
  const orderByExpressions = Array.isArray(orderBy) ? orderBy : [orderBy];
  const result = parseAstResult(
    ast_set_order_by(exprToJson$1(node), JSON.stringify(orderByExpressions))
  );
  return result ?? applyOrderBy(node, orderByExpressions);
}
function removeLimitOffset(node) {
  if (!isExpressionType(node, "select")) {
    return node;
  }
  const selectData = getExprData(node);
  return makeExpr("select", {
    ...selectData,
    limit: null,
    offset: null
  });
}
function setDistinct(node, distinct = true) {
  const result = parseAstResult(ast_set_distinct(exprToJson$1(node), distinct));
  return result ?? node;
}
function clone(node) {
  return transform(node, {});
}
function remove(node, predicate) {
  const nodeType = getExprType(node);
  const newInnerData = mapExpressionChildren(
    node,
    (child) => remove(child, predicate),
    (child, location) => predicate(child, location.parent)
  );
  return makeExpr(nodeType, newInnerData);
}
function exprToJson(node) {
  return JSON.stringify(node);
}
function getChildren(node) {
  return collectExpressionChildren(node);
}
function walk(node, visitor, parent = null, key = null, index2 = null) {
  if (visitor.enter) {
    visitor.enter(node, parent, key, index2);
  }
  const nodeType = getExprType(node);
  const typeCallback = visitor[nodeType];
  if (typeCallback) {
    typeCallback(node, parent, key, index2);
  }
  visitExpressionChildren(node, (child, location) => {
    walk(child, visitor, location.parent, location.key, location.index);
  });
  if (visitor.leave) {
    visitor.leave(node, parent, key, index2);
  }
}
function findAll(node, predicate) {
  const results = [];
  walk(node, {
    enter: (n, parent) => {
      if (predicate(n, parent)) {
        results.push(n);
      }
    }
  });
  return results;
}
function findByType(node, type) {
  return findAll(node, (n) => getExprType(n) === type);
}
function findFirst(node, predicate) {
  let result;
  let found = false;
  walk(node, {
    enter: (n, parent) => {
      if (!found && predicate(n, parent)) {
        result = n;
        found = true;
      }
    }
  });
  return result;
}
function some(node, predicate) {
  return findFirst(node, predicate) !== void 0;
}
function every(node, predicate) {
  let result = true;
  walk(node, {
    enter: (n, parent) => {
      if (!predicate(n, parent)) {
        result = false;
      }
    }
  });
  return result;
}
function countNodes(node, predicate) {
  return findAll(node, predicate).length;
}
function getColumns(node) {
  return findByType(node, "column");
}
function getTables(node) {
  const result = JSON.parse(ast_get_tables(exprToJson(node)));
  return result.success ? JSON.parse(result.ast) : [];
}
function getIdentifiers(node) {
  return findByType(node, "identifier");
}
function getFunctions(node) {
  const result = JSON.parse(ast_get_functions(exprToJson(node)));
  return result.success ? JSON.parse(result.ast) : [];
}
function getAggregateFunctions(node) {
  const result = JSON.parse(ast_get_aggregate_functions(exprToJson(node)));
  return result.success ? JSON.parse(result.ast) : [];
}
function getWindowFunctions(node) {
  const result = JSON.parse(ast_get_window_functions(exprToJson(node)));
  return result.success ? JSON.parse(result.ast) : [];
}
function getSubqueries(node) {
  const result = JSON.parse(ast_get_subqueries(exprToJson(node)));
  return result.success ? JSON.parse(result.ast) : [];
}
function getLiterals(node) {
  const result = JSON.parse(ast_get_literals(exprToJson(node)));
  return result.success ? JSON.parse(result.ast) : [];
}
function getColumnNames(node) {
  const result = JSON.parse(ast_get_column_names(exprToJson(node)));
  return result.success ? result.result : [];
}
function getTableNames(node) {
  const result = JSON.parse(ast_get_table_names(exprToJson(node)));
  return result.success ? result.result : [];
}
function hasAggregates(node) {
  return getAggregateFunctions(node).length > 0;
}
function hasWindowFunctions(node) {
  return getWindowFunctions(node).length > 0;
}
function hasSubqueries(node) {
  return getSubqueries(node).length > 0;
}
function getDepth(node) {
  let maxDepth = 0;
  let currentDepth = 0;
  walk(node, {
    enter: () => {
      currentDepth++;
      maxDepth = Math.max(maxDepth, currentDepth);
    },
    leave: () => {
      currentDepth--;
    }
  });
  return maxDepth;
}
function nodeCount(node) {
  const result = JSON.parse(ast_node_count(exprToJson(node)));
  return result.success ? result.result : 0;
}
function getParent(root, target) {
  let parentNode = null;
  walk(root, {
    enter: (node, parent) => {
      if (node === target) {
        parentNode = parent;
      }
    }
  });
  return parentNode;
}
function findAncestor(root, target, predicate) {
  const ancestors = [];
  let result = null;
  walk(root, {
    enter: (node) => {
      if (result !== null) return;
      if (node === target) {
        for (let i = ancestors.length - 1; i >= 0; i--) {
          const parent = i > 0 ? ancestors[i - 1] : null;
          if (predicate(ancestors[i], parent)) {
            result = ancestors[i];
            break;
          }
        }
      }
      ancestors.push(node);
    },
    leave: () => {
      ancestors.pop();
    }
  });
  return result;
}
function getNodeDepth(root, target) {
  let depth = 0;
  let currentDepth = 0;
  walk(root, {
    enter: (node) => {
      currentDepth++;
      if (node === target) {
        depth = currentDepth;
      }
    },
    leave: () => {
      currentDepth--;
    }
  });
  return depth;
}
const index$1 = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.defineProperty({
  __proto__: null,
  addSelectColumns,
  addWhere,
  clone,
  countNodes,
  every,
  findAll,
  findAncestor,
  findByType,
  findFirst,
  getAggregateFunctions,
  getChildren,
  getColumnNames,
  getColumns,
  getDepth,
  getExprData,
  getExprType,
  getFunctions,
  getIdentifiers,
  getInferredType,
  getLiterals,
  getNodeDepth,
  getParent,
  getSubqueries,
  getTableNames,
  getTables,
  getWindowFunctions,
  hasAggregates,
  hasSubqueries,
  hasWindowFunctions,
  isAdd,
  isAggregateFunction,
  isAlias,
  isAlterTable,
  isAnd,
  isArithmetic,
  isAvg,
  isBetween,
  isBoolean,
  isCase,
  isCast,
  isCoalesce,
  isColumn,
  isComparison,
  isConcat,
  isCount,
  isCreateIndex,
  isCreateTable,
  isCreateView,
  isCte,
  isDDL,
  isDelete,
  isDiv,
  isDropIndex,
  isDropTable,
  isDropView,
  isEq,
  isExcept,
  isExists,
  isExpressionType,
  isExpressionValue,
  isFrom,
  isFunction,
  isGroupBy,
  isGt,
  isGte,
  isHaving,
  isILike,
  isIdentifier,
  isIn,
  isInsert,
  isIntersect,
  isIsNull,
  isJoin,
  isLike,
  isLimit,
  isLiteral,
  isLogical,
  isLt,
  isLte,
  isMax,
  isMin,
  isMod,
  isMul,
  isNeq,
  isNot,
  isNullIf,
  isNullLiteral,
  isOffset,
  isOr,
  isOrderBy,
  isOrdered,
  isParen,
  isQuery,
  isSafeCast,
  isSelect,
  isSetOperation,
  isStar,
  isSub,
  isSubquery,
  isSum,
  isTable,
  isTryCast,
  isUnion,
  isUpdate,
  isWhere,
  isWindowFunction,
  isWith,
  makeExpr,
  nodeCount,
  qualifyColumns,
  qualifyTables,
  remove,
  removeLimitOffset,
  removeSelectColumns,
  removeWhere,
  renameColumns,
  renameTables,
  replaceByType,
  replaceNodes,
  setDistinct,
  setLimit,
  setOffset,
  setOrderBy,
  some,
  transform,
  walk
}, Symbol.toStringTag, { value: "Module" }));
function input(value) {
  if (value instanceof Expr) return value._expression;
  if (typeof value === "string") return col$1(value);
  return lit$1(value);
}
function inputs(values) {
  return values.map(input);
}
class Expr {
  /** @internal */
  _expression;
  /** @internal */
  constructor(expression) {
    this._expression = expression;
  }
  eq(other) {
    return new Expr(this._expression.eq(input(other)));
  }
  neq(other) {
    return new Expr(this._expression.neq(input(other)));
  }
  lt(other) {
    return new Expr(this._expression.lt(input(other)));
  }
  lte(other) {
    return new Expr(this._expression.lte(input(other)));
  }
  gt(other) {
    return new Expr(this._expression.gt(input(other)));
  }
  gte(other) {
    return new Expr(this._expression.gte(input(other)));
  }
  and(other) {
    return new Expr(this._expression.and_(input(other)));
  }
  or(other) {
    return new Expr(this._expression.or_(input(other)));
  }
  xor(other) {
    return new Expr(this._expression.xor(input(other)));
  }
  not() {
    return new Expr(this._expression.not_());
  }
  add(other) {
    return new Expr(this._expression.add(input(other)));
  }
  sub(other) {
    return new Expr(this._expression.sub(input(other)));
  }
  mul(other) {
    return new Expr(this._expression.mul(input(other)));
  }
  div(other) {
    return new Expr(this._expression.div(input(other)));
  }
  mod(other) {
    return new Expr(this._expression.mod(input(other)));
  }
  neg() {
    return new Expr(this._expression.neg());
  }
  is(other) {
    return new Expr(this._expression.is(input(other)));
  }
  like(pattern) {
    return new Expr(this._expression.like(input(pattern)));
  }
  ilike(pattern) {
    return new Expr(this._expression.ilike(input(pattern)));
  }
  rlike(pattern) {
    return new Expr(this._expression.rlike(input(pattern)));
  }
  isNull() {
    return new Expr(this._expression.isNull());
  }
  isNotNull() {
    return new Expr(this._expression.isNotNull());
  }
  between(low, high) {
    return new Expr(this._expression.between(input(low), input(high)));
  }
  inList(...values) {
    return new Expr(this._expression.isin(...inputs(values)));
  }
  notIn(...values) {
    return new Expr(this._expression.notIn(...inputs(values)));
  }
  alias(name) {
    return new Expr(this._expression.as_(name));
  }
  as(name) {
    return this.alias(name);
  }
  cast(to) {
    return new Expr(this._expression.cast(to));
  }
  asc() {
    return new Expr(this._expression.asc());
  }
  desc() {
    return new Expr(this._expression.desc());
  }
  toSql(dialect = "generic") {
    return this._expression.sql(dialect);
  }
  toJSON() {
    return this._expression.build();
  }
  free() {
  }
}
class WindowDefBuilder {
  /** @internal */
  _partitionBy = [];
  /** @internal */
  _orderBy = [];
  partitionBy(...expressions) {
    this._partitionBy = inputs(expressions);
    return this;
  }
  orderBy(...expressions) {
    this._orderBy = inputs(expressions);
    return this;
  }
  free() {
  }
}
function col(name) {
  return new Expr(col$1(name));
}
function lit(value) {
  return new Expr(lit$1(value));
}
function star() {
  return new Expr(condition$1("*"));
}
function sqlNull() {
  return new Expr(lit$1(null));
}
function boolean(value) {
  return new Expr(lit$1(value));
}
function table(name) {
  return new Expr(table_(name));
}
function sqlExpr(sql) {
  return new Expr(sqlExpr$1(sql));
}
function condition(sql) {
  return sqlExpr(sql);
}
function func(name, ...args) {
  return new Expr(func$1(name, ...inputs(args)));
}
function not(expression) {
  return new Expr(not_(input(expression)));
}
function cast(expression, to) {
  return new Expr(input(expression).cast(to));
}
function alias(expression, name) {
  return new Expr(input(expression).as_(name));
}
function subquery(query, name) {
  return new Expr(query._current().subquery(name));
}
function and(...conditions) {
  if (conditions.length === 0) return boolean(true);
  if (conditions.length === 1 && conditions[0] instanceof Expr)
    return conditions[0];
  return new Expr(and_(...inputs(conditions)));
}
function or(...conditions) {
  if (conditions.length === 0) return boolean(false);
  if (conditions.length === 1 && conditions[0] instanceof Expr)
    return conditions[0];
  return new Expr(or_(...inputs(conditions)));
}
const count = (expression) => new Expr(
  expression === void 0 ? countStar() : count$1(input(expression))
);
const countDistinct = (expression) => new Expr(countDistinct$1(input(expression)));
const sum = (expression) => new Expr(sum$1(input(expression)));
const avg = (expression) => new Expr(avg$1(input(expression)));
const min = (expression) => new Expr(min$1(input(expression)));
const max = (expression) => new Expr(max$1(input(expression)));
const upper = (expression) => new Expr(upper$1(input(expression)));
const lower = (expression) => new Expr(lower$1(input(expression)));
const length = (expression) => new Expr(length$1(input(expression)));
const trim = (expression) => new Expr(trim$1(input(expression)));
const ltrim = (expression) => new Expr(ltrim$1(input(expression)));
const rtrim = (expression) => new Expr(rtrim$1(input(expression)));
const reverse = (expression) => new Expr(reverse$1(input(expression)));
const initcap = (expression) => new Expr(initcap$1(input(expression)));
function substring(expression, start, length2) {
  return new Expr(
    length2 === void 0 ? substring$1(input(expression), input(start)) : substring$1(input(expression), input(start), input(length2))
  );
}
const replace = (expression, from, to) => new Expr(replace$1(input(expression), input(from), input(to)));
const concatWs = (separator, ...expressions) => new Expr(concatWs$1(input(separator), ...inputs(expressions)));
const coalesce = (...expressions) => new Expr(coalesce$1(...inputs(expressions)));
const nullIf = (left, right) => new Expr(nullIf$1(input(left), input(right)));
const ifNull = (expression, fallback) => new Expr(ifNull$1(input(expression), input(fallback)));
const abs = (expression) => new Expr(abs$1(input(expression)));
function round(expression, decimals) {
  return new Expr(
    decimals === void 0 ? round$1(input(expression)) : round$1(input(expression), input(decimals))
  );
}
const floor = (expression) => new Expr(floor$1(input(expression)));
const ceil = (expression) => new Expr(ceil$1(input(expression)));
const power = (base, exponent) => new Expr(power$1(input(base), input(exponent)));
const sqrt = (expression) => new Expr(sqrt$1(input(expression)));
const ln = (expression) => new Expr(ln$1(input(expression)));
const exp = (expression) => new Expr(exp$1(input(expression)));
const sign = (expression) => new Expr(sign$1(input(expression)));
const greatest = (...expressions) => new Expr(greatest$1(...inputs(expressions)));
const least = (...expressions) => new Expr(least$1(...inputs(expressions)));
const currentDate = () => func("CURRENT_DATE");
const currentTime = () => func("CURRENT_TIME");
const currentTimestamp = () => func("CURRENT_TIMESTAMP");
const extract = (unit, from) => new Expr(extract$1(unit, input(from)));
const rowNumber = () => new Expr(rowNumber$1());
const rank = () => new Expr(rank$1());
const denseRank = () => new Expr(denseRank$1());
class StatefulBuilder {
  #consumed = false;
  ensureActive() {
    if (this.#consumed) throw new Error("Builder already consumed");
  }
  consume() {
    this.ensureActive();
    this.#consumed = true;
  }
  free() {
    this.#consumed = true;
  }
}
class SelectBuilder extends StatefulBuilder {
  #expression;
  constructor() {
    super();
    this.#expression = select$1();
  }
  /** @internal */
  _current() {
    this.ensureActive();
    return this.#expression;
  }
  select(...columns) {
    this.ensureActive();
    const values = columns.map(
      (column) => column === "*" ? condition$1("*") : input(column)
    );
    this.#expression = this.#expression.select(...values);
    return this;
  }
  from(tableOrExpression) {
    this.ensureActive();
    this.#expression = this.#expression.from_(
      typeof tableOrExpression === "string" ? table_(tableOrExpression) : tableOrExpression._expression
    );
    return this;
  }
  join(tableName, on) {
    this.#expression = this._current().join(tableName, {
      on: input(on),
      joinType: "inner"
    });
    return this;
  }
  leftJoin(tableName, on) {
    this.#expression = this._current().join(tableName, {
      on: input(on),
      joinType: "left"
    });
    return this;
  }
  rightJoin(tableName, on) {
    this.#expression = this._current().join(tableName, {
      on: input(on),
      joinType: "right"
    });
    return this;
  }
  fullJoin(tableName, on) {
    this.#expression = this._current().join(tableName, {
      on: input(on),
      joinType: "full"
    });
    return this;
  }
  crossJoin(tableName) {
    this.#expression = this._current().join(tableName, { joinType: "cross" });
    return this;
  }
  where(condition2) {
    this.#expression = this._current().where(
      typeof condition2 === "string" ? condition2 : input(condition2)
    );
    return this;
  }
  groupBy(...expressions) {
    this.#expression = this._current().groupBy(...inputs(expressions));
    return this;
  }
  having(condition2) {
    this.#expression = this._current().having(input(condition2));
    return this;
  }
  orderBy(...expressions) {
    this.#expression = this._current().orderBy(...inputs(expressions));
    return this;
  }
  sortBy(...expressions) {
    this.#expression = this._current().sortBy(...inputs(expressions));
    return this;
  }
  limit(value) {
    this.#expression = this._current().limit(value);
    return this;
  }
  offset(value) {
    this.#expression = this._current().offset(value);
    return this;
  }
  distinct() {
    this.#expression = this._current().distinct();
    return this;
  }
  qualify(condition2) {
    this.#expression = this._current().qualify(input(condition2));
    return this;
  }
  window(name, definition) {
    this.#expression = this._current().window(name, {
      partitionBy: definition._partitionBy,
      orderBy: definition._orderBy
    });
    return this;
  }
  lateral(functionExpression, tableAlias, columnAliases, options = {}) {
    this.#expression = this._current().lateralView(
      functionExpression._expression,
      { tableAlias, columnAliases, outer: options.outer }
    );
    return this;
  }
  hint(text) {
    this.#expression = this._current().hint(text);
    return this;
  }
  forUpdate() {
    this.#expression = this._current().forUpdate();
    return this;
  }
  forShare() {
    this.#expression = this._current().forShare();
    return this;
  }
  ctas(tableName, options = {}) {
    const result = this._current().ctas(tableName, options).build();
    this.consume();
    return result;
  }
  ctasSql(tableName, dialect = "generic", options = {}) {
    const result = this._current().ctas(tableName, options).sql(dialect);
    this.consume();
    return result;
  }
  union(other) {
    return new SetOpBuilder(this._current().union(other._current()));
  }
  unionAll(other) {
    return new SetOpBuilder(this._current().union(other._current(), false));
  }
  intersect(other) {
    return new SetOpBuilder(this._current().intersect(other._current()));
  }
  intersectAll(other) {
    return new SetOpBuilder(this._current().intersect(other._current(), false));
  }
  except(other) {
    return new SetOpBuilder(this._current().except_(other._current()));
  }
  exceptAll(other) {
    return new SetOpBuilder(this._current().except_(other._current(), false));
  }
  toSql(dialect = "generic") {
    const result = this._current().sql(dialect);
    this.consume();
    return result;
  }
  build() {
    const result = this._current().build();
    this.consume();
    return result;
  }
}
function select(...columns) {
  return new SelectBuilder().select(...columns);
}
class InsertBuilder extends StatefulBuilder {
  #expression;
  constructor(tableName) {
    super();
    this.#expression = insertInto$1(tableName);
  }
  columns(...columns) {
    this.ensureActive();
    this.#expression = this.#expression.insertColumns(columns);
    return this;
  }
  values(...values) {
    this.ensureActive();
    this.#expression = this.#expression.values(inputs(values));
    return this;
  }
  query(query) {
    this.ensureActive();
    this.#expression = this.#expression.query(query._current());
    return this;
  }
  toSql(dialect = "generic") {
    this.consume();
    return this.#expression.sql(dialect);
  }
  build() {
    this.consume();
    return this.#expression.build();
  }
}
const insertInto = (tableName) => new InsertBuilder(tableName);
const insert = insertInto;
class UpdateBuilder extends StatefulBuilder {
  #expression;
  constructor(tableName) {
    super();
    this.#expression = update$1(tableName);
  }
  set(column, value) {
    this.ensureActive();
    this.#expression = this.#expression.set_({ [column]: input(value) });
    return this;
  }
  where(condition2) {
    this.ensureActive();
    this.#expression = this.#expression.where(input(condition2));
    return this;
  }
  from(tableName) {
    this.ensureActive();
    this.#expression = this.#expression.from_(tableName);
    return this;
  }
  toSql(dialect = "generic") {
    this.consume();
    return this.#expression.sql(dialect);
  }
  build() {
    this.consume();
    return this.#expression.build();
  }
}
const update = (tableName) => new UpdateBuilder(tableName);
class DeleteBuilder extends StatefulBuilder {
  #expression;
  constructor(tableName) {
    super();
    this.#expression = deleteBuilder(tableName);
  }
  where(condition2) {
    this.ensureActive();
    this.#expression = this.#expression.where(input(condition2));
    return this;
  }
  toSql(dialect = "generic") {
    this.consume();
    return this.#expression.sql(dialect);
  }
  build() {
    this.consume();
    return this.#expression.build();
  }
}
const deleteFrom = (tableName) => new DeleteBuilder(tableName);
const del = deleteFrom;
class MergeBuilder extends StatefulBuilder {
  #expression;
  constructor(target) {
    super();
    this.#expression = mergeInto$1(target);
  }
  using(source, on) {
    this.ensureActive();
    this.#expression = this.#expression.mergeUsing(source, input(on));
    return this;
  }
  whenMatchedUpdate(assignments, condition2) {
    this.ensureActive();
    this.#expression = this.#expression.whenMatchedUpdate(
      Object.fromEntries(
        Object.entries(assignments).map(([column, value]) => [
          column,
          input(value)
        ])
      ),
      condition2 === void 0 ? void 0 : input(condition2)
    );
    return this;
  }
  whenMatchedDelete(condition2) {
    this.ensureActive();
    this.#expression = this.#expression.whenMatchedDelete(
      condition2 === void 0 ? void 0 : input(condition2)
    );
    return this;
  }
  whenNotMatchedInsert(columns, values, condition2) {
    this.ensureActive();
    this.#expression = this.#expression.whenNotMatchedInsert(
      columns,
      inputs(values),
      condition2 === void 0 ? void 0 : input(condition2)
    );
    return this;
  }
  toSql(dialect = "generic") {
    this.consume();
    return this.#expression.sql(dialect);
  }
  build() {
    this.consume();
    return this.#expression.build();
  }
}
const mergeInto = (target) => new MergeBuilder(target);
class CaseBuilder {
  #expression;
  constructor(expression = caseBuilder()) {
    this.#expression = expression;
  }
  when(condition2, result) {
    this.#expression = this.#expression.when(input(condition2), input(result));
    return this;
  }
  else_(result) {
    this.#expression = this.#expression.else_(input(result));
    return this;
  }
  build() {
    return new Expr(this.#expression);
  }
  toSql(dialect = "generic") {
    return this.#expression.sql(dialect);
  }
}
const caseWhen = () => new CaseBuilder();
const caseOf = (operand) => new CaseBuilder(caseBuilder(input(operand)));
class SetOpBuilder extends StatefulBuilder {
  #expression;
  constructor(expression) {
    super();
    this.#expression = expression;
  }
  orderBy(...expressions) {
    this.ensureActive();
    this.#expression = this.#expression.orderBy(...inputs(expressions));
    return this;
  }
  limit(value) {
    this.ensureActive();
    this.#expression = this.#expression.limit(value);
    return this;
  }
  offset(value) {
    this.ensureActive();
    this.#expression = this.#expression.offset(value);
    return this;
  }
  toSql(dialect = "generic") {
    this.consume();
    return this.#expression.sql(dialect);
  }
  build() {
    this.consume();
    return this.#expression.build();
  }
}
const union = (left, right) => new SetOpBuilder(left._current().union(right._current()));
const unionAll = (left, right) => new SetOpBuilder(left._current().union(right._current(), false));
const intersect = (left, right) => new SetOpBuilder(left._current().intersect(right._current()));
const except = (left, right) => new SetOpBuilder(left._current().except_(right._current()));
function diff(source, target, dialect = "generic", options = {}) {
  const { deltaOnly = false, f = 0.6, t = 0.6 } = options;
  const resultJson = diff_sql(source, target, dialect, deltaOnly, f, t);
  return JSON.parse(resultJson);
}
function hasChanges(edits) {
  return edits.some((e) => e.type !== "keep");
}
function changesOnly(edits) {
  return edits.filter((e) => e.type !== "keep");
}
function lineage(column, sql, dialect = "generic", trimSelects = false) {
  const resultJson = lineage_sql(sql, column, dialect, trimSelects);
  return JSON.parse(resultJson);
}
function lineageWithSchema(column, sql, schema, dialect = "generic", trimSelects = false) {
  const resultJson = lineage_sql_with_schema(
    sql,
    column,
    JSON.stringify(schema),
    dialect,
    trimSelects
  );
  return JSON.parse(resultJson);
}
function lineageAt(ordinal, sql, dialect = "generic", trimSelects = false) {
  const resultJson = lineage_sql_at(sql, ordinal, dialect, trimSelects);
  return JSON.parse(resultJson);
}
function lineageAtWithSchema(ordinal, sql, schema, dialect = "generic", trimSelects = false) {
  const resultJson = lineage_sql_at_with_schema(
    sql,
    ordinal,
    JSON.stringify(schema),
    dialect,
    trimSelects
  );
  return JSON.parse(resultJson);
}
function outputColumns(sql, dialect = "generic") {
  return JSON.parse(output_columns_sql(sql, dialect));
}
function outputColumnsWithSchema(sql, schema, dialect = "generic") {
  return JSON.parse(
    output_columns_sql_with_schema(sql, JSON.stringify(schema), dialect)
  );
}
function getSourceTables(column, sql, dialect = "generic") {
  const resultJson = source_tables(sql, column, dialect);
  return JSON.parse(resultJson);
}
function normalizeOptions(options) {
  return {
    dialect: "generic",
    datasetMappings: {},
    ...options
  };
}
function openLineageColumnLineage(sql, options) {
  const resultJson = openlineage_column_lineage(
    sql,
    JSON.stringify(normalizeOptions(options))
  );
  return JSON.parse(resultJson);
}
function openLineageJobEvent(sql, options) {
  const resultJson = openlineage_job_event(
    sql,
    JSON.stringify(normalizeOptions(options))
  );
  return JSON.parse(resultJson);
}
function openLineageRunEvent(sql, options) {
  const resultJson = openlineage_run_event(
    sql,
    JSON.stringify(normalizeOptions(options))
  );
  return JSON.parse(resultJson);
}
function plan(sql, dialect = "generic") {
  const resultJson = plan$1(sql, dialect);
  return JSON.parse(resultJson);
}
function parseValidationResult(json) {
  try {
    return JSON.parse(json);
  } catch {
    return {
      valid: false,
      errors: [
        {
          message: "Failed to parse validation response",
          severity: "error",
          code: "E000"
        }
      ]
    };
  }
}
function validateWithSchema(sql, schema, dialect = "generic", options = {}) {
  const strict = options.strict ?? schema.strict ?? true;
  const wasmOptions = {
    check_types: options.checkTypes ?? false,
    check_references: options.checkReferences ?? false,
    strict,
    semantic: options.semantic ?? false,
    strict_syntax: options.strictSyntax ?? false
  };
  const resultJson = validate_with_schema(
    sql,
    JSON.stringify(schema),
    dialect,
    JSON.stringify(wasmOptions)
  );
  return parseValidationResult(resultJson);
}
const ValidationSeverity = {
  Error: "error",
  Warning: "warning"
};
const wasm$1 = wasmModule;
function validate(sql, dialect = "generic", options = {}) {
  const resultJson = options.strictSyntax || options.semantic ? wasm$1.validate_with_options(
    sql,
    dialect,
    JSON.stringify({
      strictSyntax: options.strictSyntax ?? false,
      semantic: options.semantic ?? false
    })
  ) : wasm$1.validate(sql, dialect);
  return JSON.parse(resultJson);
}
var Dialect = /* @__PURE__ */ ((Dialect2) => {
  Dialect2["Generic"] = "generic";
  Dialect2["PostgreSQL"] = "postgresql";
  Dialect2["MySQL"] = "mysql";
  Dialect2["BigQuery"] = "bigquery";
  Dialect2["Snowflake"] = "snowflake";
  Dialect2["DuckDB"] = "duckdb";
  Dialect2["SQLite"] = "sqlite";
  Dialect2["Hive"] = "hive";
  Dialect2["Spark"] = "spark";
  Dialect2["Trino"] = "trino";
  Dialect2["Presto"] = "presto";
  Dialect2["Redshift"] = "redshift";
  Dialect2["TSQL"] = "tsql";
  Dialect2["Oracle"] = "oracle";
  Dialect2["ClickHouse"] = "clickhouse";
  Dialect2["Databricks"] = "databricks";
  Dialect2["Athena"] = "athena";
  Dialect2["Teradata"] = "teradata";
  Dialect2["Doris"] = "doris";
  Dialect2["StarRocks"] = "starrocks";
  Dialect2["Materialize"] = "materialize";
  Dialect2["RisingWave"] = "risingwave";
  Dialect2["SingleStore"] = "singlestore";
  Dialect2["CockroachDB"] = "cockroachdb";
  Dialect2["TiDB"] = "tidb";
  Dialect2["Druid"] = "druid";
  Dialect2["Solr"] = "solr";
  Dialect2["Tableau"] = "tableau";
  Dialect2["Dune"] = "dune";
  Dialect2["Fabric"] = "fabric";
  Dialect2["Drill"] = "drill";
  Dialect2["Dremio"] = "dremio";
  Dialect2["Exasol"] = "exasol";
  Dialect2["DataFusion"] = "datafusion";
  return Dialect2;
})(Dialect || {});
const wasm = wasmModule;
function errorMessage(error) {
  if (error instanceof Error && error.message) {
    return error.message;
  }
  if (typeof error === "string") {
    return error;
  }
  return String(error);
}
function transpileFailure(context, error) {
  return {
    success: false,
    sql: void 0,
    error: `WASM ${context} failed: ${errorMessage(error)}`,
    errorLine: void 0,
    errorColumn: void 0
  };
}
function parseFailure(context, error) {
  return {
    success: false,
    ast: void 0,
    error: `WASM ${context} failed: ${errorMessage(error)}`,
    errorLine: void 0,
    errorColumn: void 0
  };
}
function dataTypeFailure(context, error) {
  return {
    success: false,
    dataType: void 0,
    error: `WASM ${context} failed: ${errorMessage(error)}`,
    errorLine: void 0,
    errorColumn: void 0
  };
}
function generateDataTypeFailure(context, error) {
  return {
    success: false,
    sql: void 0,
    error: `WASM ${context} failed: ${errorMessage(error)}`,
    errorLine: void 0,
    errorColumn: void 0
  };
}
function decodeWasmPayload(payload) {
  if (typeof payload === "string") {
    return JSON.parse(payload);
  }
  return payload;
}
function queryAnalysisFailure(context, error) {
  return {
    success: false,
    analysis: void 0,
    error: `WASM ${context} failed: ${errorMessage(error)}`
  };
}
function normalizeAnalyzeQueryOptions(optionsOrDialect = {}) {
  if (typeof optionsOrDialect === "string") {
    return { dialect: optionsOrDialect };
  }
  return {
    dialect: "generic",
    ...optionsOrDialect
  };
}
async function init() {
  return Promise.resolve();
}
function isInitialized() {
  return true;
}
function transpile(sql, read, write, options) {
  try {
    if (options && Object.keys(options).length > 0) {
      if (typeof wasm.transpile_with_options_value === "function") {
        return decodeWasmPayload(
          wasm.transpile_with_options_value(sql, read, write, options)
        );
      }
      if (typeof wasm.transpile_with_options === "function") {
        return JSON.parse(
          wasm.transpile_with_options(
            sql,
            read,
            write,
            JSON.stringify(options)
          )
        );
      }
      return {
        success: false,
        sql: void 0,
        error: "WASM transpile options are not available in this build"
      };
    }
    if (typeof wasm.transpile_value === "function") {
      return decodeWasmPayload(
        wasm.transpile_value(sql, read, write)
      );
    }
    return JSON.parse(wasm.transpile(sql, read, write));
  } catch (error) {
    return transpileFailure("transpile", error);
  }
}
function parse(sql, dialect = "generic") {
  try {
    if (typeof wasm.parse_value === "function") {
      return decodeWasmPayload(wasm.parse_value(sql, dialect));
    }
    const result = JSON.parse(
      wasm.parse(sql, dialect)
    );
    if (result.success) {
      return {
        ...result,
        ast: JSON.parse(result.ast)
      };
    }
    return result;
  } catch (error) {
    return parseFailure("parse", error);
  }
}
function parseDataType(sql, dialect = "generic") {
  try {
    if (typeof wasm.parse_data_type_value === "function") {
      return decodeWasmPayload(
        wasm.parse_data_type_value(sql, dialect)
      );
    }
    const result = JSON.parse(
      wasm.parse_data_type(sql, dialect)
    );
    if (result.success && typeof result.dataType === "string") {
      result.dataType = JSON.parse(result.dataType);
    }
    return result;
  } catch (error) {
    return dataTypeFailure("parseDataType", error);
  }
}
function tokenize(sql, dialect = "generic") {
  try {
    if (typeof wasm.tokenize_value === "function") {
      return decodeWasmPayload(
        wasm.tokenize_value(sql, dialect)
      );
    }
    return JSON.parse(wasm.tokenize(sql, dialect));
  } catch (error) {
    return {
      success: false,
      tokens: void 0,
      error: `WASM tokenize failed: ${errorMessage(error)}`
    };
  }
}
function generate(ast2, dialect = "generic") {
  try {
    if (typeof wasm.generate_value === "function" && Array.isArray(ast2)) {
      return decodeWasmPayload(
        wasm.generate_value(ast2, dialect)
      );
    }
    const astJson = JSON.stringify(ast2);
    return JSON.parse(wasm.generate(astJson, dialect));
  } catch (error) {
    return transpileFailure("generate", error);
  }
}
function generateDataType(dataType, dialect = "generic") {
  try {
    if (typeof wasm.generate_data_type_value === "function") {
      return decodeWasmPayload(
        wasm.generate_data_type_value(dataType, dialect)
      );
    }
    const dataTypeJson = JSON.stringify(dataType);
    return JSON.parse(
      wasm.generate_data_type(dataTypeJson, dialect)
    );
  } catch (error) {
    return generateDataTypeFailure("generateDataType", error);
  }
}
function format(sql, dialect = "generic") {
  return formatWithOptions(sql, dialect, {});
}
function formatWithOptions(sql, dialect = "generic", options = {}) {
  try {
    if (typeof wasm.format_sql_with_options_value === "function") {
      return decodeWasmPayload(
        wasm.format_sql_with_options_value(sql, dialect, options)
      );
    }
    if (typeof wasm.format_sql_with_options === "function") {
      return JSON.parse(
        wasm.format_sql_with_options(sql, dialect, JSON.stringify(options))
      );
    }
    if (typeof wasm.format_sql_value === "function") {
      return decodeWasmPayload(
        wasm.format_sql_value(sql, dialect)
      );
    }
    return JSON.parse(wasm.format_sql(sql, dialect));
  } catch (error) {
    return transpileFailure("format", error);
  }
}
function getDialects() {
  if (typeof wasm.get_dialects_value === "function") {
    return decodeWasmPayload(wasm.get_dialects_value());
  }
  return JSON.parse(wasm.get_dialects());
}
function getVersion() {
  return wasm.version();
}
function analyzeQuery(sql, optionsOrDialect = {}) {
  try {
    const normalized = normalizeAnalyzeQueryOptions(optionsOrDialect);
    if (typeof wasm.analyze_query_value === "function") {
      return decodeWasmPayload(
        wasm.analyze_query_value(sql, normalized)
      );
    }
    if (typeof wasm.analyze_query === "function") {
      return JSON.parse(
        wasm.analyze_query(sql, JSON.stringify(normalized))
      );
    }
    return {
      success: false,
      error: "analyze_query not available in this WASM build"
    };
  } catch (error) {
    return queryAnalysisFailure("analyzeQuery", error);
  }
}
function annotateTypes(sql, dialect = "generic", schema) {
  try {
    const schemaJson = schema ? JSON.stringify(schema) : "";
    if (typeof wasm.annotate_types_value === "function") {
      return decodeWasmPayload(
        wasm.annotate_types_value(sql, dialect, schemaJson)
      );
    }
    if (typeof wasm.annotate_types === "function") {
      return JSON.parse(
        wasm.annotate_types(sql, dialect, schemaJson)
      );
    }
    return {
      success: false,
      error: "annotate_types not available in this WASM build"
    };
  } catch (error) {
    return {
      success: false,
      error: `WASM annotate_types failed: ${errorMessage(error)}`
    };
  }
}
class Polyglot {
  static instance = null;
  constructor() {
  }
  /**
   * Get or create the Polyglot instance.
   * The WASM module is automatically initialized on import.
   */
  static getInstance() {
    if (!Polyglot.instance) {
      Polyglot.instance = new Polyglot();
    }
    return Polyglot.instance;
  }
  /**
   * Transpile SQL from one dialect to another.
   *
   * @remarks
   * Use {@link Polyglot.getDialects} to inspect available dialects.
   */
  transpile(sql, read, write, options) {
    return transpile(sql, read, write, options);
  }
  /**
   * Parse SQL into an AST.
   */
  parse(sql, dialect = "generic") {
    return parse(sql, dialect);
  }
  /**
   * Parse a standalone SQL data type.
   */
  parseDataType(sql, dialect = "generic") {
    return parseDataType(sql, dialect);
  }
  /**
   * Tokenize SQL into a token stream.
   */
  tokenize(sql, dialect = "generic") {
    return tokenize(sql, dialect);
  }
  /**
   * Generate SQL from an AST.
   */
  generate(ast2, dialect = "generic") {
    return generate(ast2, dialect);
  }
  /**
   * Generate SQL from a standalone DataType AST node.
   */
  generateDataType(dataType, dialect = "generic") {
    return generateDataType(dataType, dialect);
  }
  /**
   * Format SQL.
   */
  format(sql, dialect = "generic") {
    return format(sql, dialect);
  }
  /**
   * Format SQL with explicit guard limits.
   */
  formatWithOptions(sql, dialect = "generic", options = {}) {
    return formatWithOptions(sql, dialect, options);
  }
  /**
   * Get supported dialects in this build.
   */
  getDialects() {
    return getDialects();
  }
  /**
   * Get library version.
   */
  getVersion() {
    return getVersion();
  }
  /**
   * Parse SQL and annotate the AST with inferred type information.
   */
  annotateTypes(sql, dialect = "generic", schema) {
    return annotateTypes(sql, dialect, schema);
  }
  analyzeQuery(sql, optionsOrDialect = {}) {
    return analyzeQuery(sql, normalizeAnalyzeQueryOptions(optionsOrDialect));
  }
}
const index = {
  init,
  isInitialized,
  transpile,
  parse,
  parseDataType,
  tokenize,
  generate,
  generateDataType,
  format,
  annotateTypes,
  analyzeQuery,
  getDialects,
  getVersion,
  lineage,
  lineageAt,
  lineageAtWithSchema,
  lineageWithSchema,
  outputColumns,
  outputColumnsWithSchema,
  getSourceTables,
  openLineageColumnLineage,
  openLineageJobEvent,
  openLineageRunEvent,
  diff,
  hasChanges,
  changesOnly,
  plan,
  Dialect,
  Polyglot,
  compat: compat2
};
export {
  CaseBuilder,
  DeleteBuilder,
  Dialect,
  Expr,
  InsertBuilder,
  MergeBuilder,
  Polyglot,
  SelectBuilder,
  SetOpBuilder,
  UpdateBuilder,
  ValidationSeverity,
  WindowDefBuilder,
  abs,
  alias,
  analyzeQuery,
  and,
  annotateTypes,
  index$1 as ast,
  avg,
  boolean,
  caseOf,
  caseWhen,
  cast,
  ceil,
  changesOnly,
  coalesce,
  col,
  compat2 as compat,
  concatWs,
  condition,
  count,
  countDistinct,
  currentDate,
  currentTime,
  currentTimestamp,
  index as default,
  del,
  deleteFrom,
  denseRank,
  diff,
  except,
  exp,
  extract,
  findAll,
  floor,
  format,
  formatWithOptions,
  func,
  generate,
  generateDataType,
  getColumns,
  getDialects,
  getInferredType,
  getSourceTables,
  getVersion,
  greatest,
  hasChanges,
  ifNull,
  init,
  initcap,
  insert,
  insertInto,
  intersect,
  isColumn,
  isFunction,
  isInitialized,
  isLiteral,
  isSelect,
  least,
  length,
  lineage,
  lineageAt,
  lineageAtWithSchema,
  lineageWithSchema,
  lit,
  ln,
  lower,
  ltrim,
  max,
  mergeInto,
  min,
  not,
  nullIf,
  openLineageColumnLineage,
  openLineageJobEvent,
  openLineageRunEvent,
  or,
  outputColumns,
  outputColumnsWithSchema,
  parse,
  parseDataType,
  plan,
  power,
  rank,
  renameColumns,
  replace,
  reverse,
  round,
  rowNumber,
  rtrim,
  select,
  sign,
  sqlExpr,
  sqlNull,
  sqrt,
  star,
  subquery,
  substring,
  sum,
  table,
  tokenize,
  transform,
  transpile,
  trim,
  union,
  unionAll,
  update,
  upper,
  validate,
  validateWithSchema,
  walk
};
