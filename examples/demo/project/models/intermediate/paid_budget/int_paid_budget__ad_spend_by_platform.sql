-- Channel model for int paid budget ad spend by platform. Built from 9 upstream models.
{{ config(materialized='table') }}

with
stg_bing_ads__campaign_p_1 as (
    select * from {{ ref('stg_bing_ads__campaign_performance_daily') }}
),

stg_facebook_ads__insigh_2 as (
    select * from {{ ref('stg_facebook_ads__insights') }}
),

stg_google_ads__ad_group_3 as (
    select * from {{ ref('stg_google_ads__ad_group_ads') }}
),

stg_google_ads__campaign_4 as (
    select * from {{ ref('stg_google_ads__campaign_performance') }}
),

stg_linkedin_ads__campai_5 as (
    select * from {{ ref('stg_linkedin_ads__campaign_analytics') }}
),

stg_linkedin_ads__campai_6 as (
    select * from {{ ref('stg_linkedin_ads__campaigns') }}
),

stg_reddit_ads__ad_repor_7 as (
    select * from {{ ref('stg_reddit_ads__ad_report') }}
),

stg_twitter_ads__campaig_8 as (
    select * from {{ ref('stg_twitter_ads__campaign_report') }}
),

stg_twitter_ads__campaig_9 as (
    select * from {{ ref('stg_twitter_ads__campaigns') }}
)

select
    stg_bing_ads__campaign_p_1.user_id,
    stg_bing_ads__campaign_p_1.loaded_at
from stg_bing_ads__campaign_p_1
left join stg_facebook_ads__insigh_2 on stg_facebook_ads__insigh_2.user_id = stg_bing_ads__campaign_p_1.user_id
left join stg_google_ads__ad_group_3 on stg_google_ads__ad_group_3.user_id = stg_bing_ads__campaign_p_1.user_id
left join stg_google_ads__campaign_4 on stg_google_ads__campaign_4.user_id = stg_bing_ads__campaign_p_1.user_id
left join stg_linkedin_ads__campai_5 on stg_linkedin_ads__campai_5.user_id = stg_bing_ads__campaign_p_1.user_id
left join stg_linkedin_ads__campai_6 on stg_linkedin_ads__campai_6.user_id = stg_bing_ads__campaign_p_1.user_id
left join stg_reddit_ads__ad_repor_7 on stg_reddit_ads__ad_repor_7.user_id = stg_bing_ads__campaign_p_1.user_id
left join stg_twitter_ads__campaig_8 on stg_twitter_ads__campaig_8.user_id = stg_bing_ads__campaign_p_1.user_id
left join stg_twitter_ads__campaig_9 on stg_twitter_ads__campaig_9.user_id = stg_bing_ads__campaign_p_1.user_id
