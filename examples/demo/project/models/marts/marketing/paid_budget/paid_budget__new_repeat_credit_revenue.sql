-- Reporting model for paid budget new repeat credit revenue.
{{ config(materialized='table') }}

select cast(null as varchar) as user_id, current_timestamp as loaded_at
