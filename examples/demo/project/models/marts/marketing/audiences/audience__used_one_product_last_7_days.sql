-- Reporting model for audience used one product last 7 days.
{{ config(materialized='table') }}

select cast(null as varchar) as user_id, current_timestamp as loaded_at
