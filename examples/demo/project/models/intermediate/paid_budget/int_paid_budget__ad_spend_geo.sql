-- Channel model for int paid budget ad spend geo. Built from 3 upstream models.
{{ config(materialized='table') }}

with
stg_facebook_ads__insigh_1 as (
    select * from {{ ref('stg_facebook_ads__insights_country') }}
),

stg_reddit_ads__campaign_2 as (
    select * from {{ ref('stg_reddit_ads__campaign_report') }}
),

stg_reddit_ads__campaign_3 as (
    select * from {{ ref('stg_reddit_ads__campaigns') }}
)

select
    stg_facebook_ads__insigh_1.user_id,
    stg_facebook_ads__insigh_1.loaded_at
from stg_facebook_ads__insigh_1
left join stg_reddit_ads__campaign_2 on stg_reddit_ads__campaign_2.user_id = stg_facebook_ads__insigh_1.user_id
left join stg_reddit_ads__campaign_3 on stg_reddit_ads__campaign_3.user_id = stg_facebook_ads__insigh_1.user_id
