-- Attribution model for paid budget kiloclaw conversions. Built from 4 upstream models.
{{ config(materialized='table') }}

with
airbyte_stg_stripe__invo_1 as (
    select * from {{ ref('airbyte_stg_stripe__invoices') }}
),

canonical_users_2 as (
    select * from {{ ref('canonical_users') }}
),

stg_backend__credit_tran_3 as (
    select * from {{ ref('stg_backend__credit_transactions') }}
),

stg_backend__kiloclaw_su_4 as (
    select * from {{ ref('stg_backend__kiloclaw_subscriptions') }}
)

select
    airbyte_stg_stripe__invo_1.user_id,
    airbyte_stg_stripe__invo_1.loaded_at
from airbyte_stg_stripe__invo_1
left join canonical_users_2 on canonical_users_2.user_id = airbyte_stg_stripe__invo_1.user_id
left join stg_backend__credit_tran_3 on stg_backend__credit_tran_3.user_id = airbyte_stg_stripe__invo_1.user_id
left join stg_backend__kiloclaw_su_4 on stg_backend__kiloclaw_su_4.user_id = airbyte_stg_stripe__invo_1.user_id
