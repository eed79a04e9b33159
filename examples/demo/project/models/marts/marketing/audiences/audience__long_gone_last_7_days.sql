-- Reporting model for audience long gone last 7 days.
{{ config(materialized='table') }}

select cast(null as varchar) as user_id, current_timestamp as loaded_at
