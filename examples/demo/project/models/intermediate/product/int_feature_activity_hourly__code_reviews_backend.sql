-- Other model for int feature activity hourly code reviews backend.
{{ config(materialized='table') }}

select cast(null as varchar) as user_id, current_timestamp as loaded_at
