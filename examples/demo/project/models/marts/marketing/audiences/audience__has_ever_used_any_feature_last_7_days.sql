-- Reporting model for audience has ever used any feature last 7 days.
{{ config(materialized='table') }}

select cast(null as varchar) as user_id, current_timestamp as loaded_at
