-- Identity model for int identity resolution. Built from 2 upstream models.
{{ config(materialized='table') }}

{% set identity_inputs = ['stg_backend__user_auth_provider', 'stg_backend__payment_methods'] %}

with
stg_kilocode__user_ident_1 as (
    select * from {{ ref('stg_kilocode__user_identity') }}
),

stg_posthog__person_iden_2 as (
    select * from {{ ref('stg_posthog__person_identity') }}
),

stg_backend__stytch_fing_3 as (
    select * from {{ ref('stg_backend__stytch_fingerprints') }}
),

extra_identities as (
    {% for input in identity_inputs %}
    select user_id, '{{ input }}' as matched_by from {{ ref(input) }}
    {% if not loop.last %}union all{% endif %}
    {% endfor %}
)

select
    stg_kilocode__user_ident_1.user_id,
    stg_kilocode__user_ident_1.loaded_at
from stg_kilocode__user_ident_1
left join stg_posthog__person_iden_2 on stg_posthog__person_iden_2.user_id = stg_kilocode__user_ident_1.user_id
left join stg_backend__stytch_fing_3 on stg_backend__stytch_fing_3.user_id = stg_kilocode__user_ident_1.user_id
left join extra_identities on extra_identities.user_id = stg_kilocode__user_ident_1.user_id
