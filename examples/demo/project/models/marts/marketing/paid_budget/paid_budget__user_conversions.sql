-- Attribution model for paid budget user conversions. Built from 4 upstream models.
{{ config(materialized='table') }}

with
canonical_users_1 as (
    select * from {{ ref('canonical_users') }}
),

customer_first_purchases_2 as (
    select * from {{ ref('customer_first_purchases') }}
),

stg_backend__credit_tran_3 as (
    select * from {{ ref('stg_backend__credit_transactions') }}
),

stg_backend__kilocode_us_4 as (
    select * from {{ ref('stg_backend__kilocode_users') }}
)

select
    canonical_users_1.user_id,
    {{ get_click_ids('canonical_users_1') }} as click_id,
    canonical_users_1.loaded_at
from canonical_users_1
left join customer_first_purchases_2 on customer_first_purchases_2.user_id = canonical_users_1.user_id
left join stg_backend__credit_tran_3 on stg_backend__credit_tran_3.user_id = canonical_users_1.user_id
left join stg_backend__kilocode_us_4 on stg_backend__kilocode_us_4.user_id = canonical_users_1.user_id
