{# The click ID a conversion is attributed to: the first one the visit carried. #}
{% macro get_click_ids(relation) -%}
    coalesce({{ relation }}.gclid, {{ relation }}.fbclid, {{ relation }}.msclkid, {{ relation }}.rdt_cid)
{%- endmacro %}
